// Shared test set-up: a core on a temporary data folder, spoken to through the same typed client
// the renderer uses, plus a way to count the records marked in the outbox.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { createClient, type ApiClient } from '../src/api/client';
import type { MethodName } from '../src/api/contract';
import { AppError, type ErrorCode } from '../src/api/errors';
import { openCore, type Core, type SecretStore } from '../src/core/core';
import type { Hub } from '../src/hub/hub';
import { sha256Hex } from '../src/sync/crypto';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { useKey } from '../src/db/cipher';
import { readDevelopmentKey } from '../src/security/keys';

// Run after every test by `test/setup.ts`: a hook registered here would belong only to the first file that
// imports this module, since the unit tests share their modules across the files of a worker.
const cleanups: Array<() => Promise<void> | void> = [];
export async function runCleanups(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!();
}

export function tempDir(prefix = 'pzk-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCore {
  core: Core;
  api: ApiClient;
  /** Records marked in the outbox (one per changed record, whatever the number of writes). */
  outboxCount(): number;
  /** The seq of the latest write. */
  lastSeq(): number;
}

export async function testCore(options: { now?: string; dataDir?: string } = {}): Promise<TestCore> {
  const core = await openCore(options.dataDir ?? tempDir(), {
    ...(options.now && { clock: () => new Date(options.now!) }),
    logError: () => undefined,
  });
  cleanups.push(() => core.close());
  const api = createClient((method: MethodName, input) => core.dispatch(method, input));
  const outboxCount = () => (core.database.sqlite.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  const lastSeq = () => (core.database.sqlite.prepare('SELECT coalesce(max(seq), 0) AS n FROM outbox').get() as { n: number }).n;
  return { core, api, outboxCount, lastSeq };
}

/** Expects `promise` to fail with an AppError of `code`; returns it for further checks. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === code) return error;
    throw new Error(`expected AppError ${code}, got ${error instanceof AppError ? error.code : String(error)}`, {
      cause: error,
    });
  }
  throw new Error(`expected AppError ${code}, but the call succeeded`);
}

export const TEAM = {
  name: 'PZK w Gminie Zielonka',
  gminaName: 'Zielonka',
  teryt: '1434011',
  modelType: 'miejska' as const,
};

/** A set-up team with two institutions and three members. */
export async function seededCore(options: { now?: string } = {}) {
  const t = await testCore(options);
  await t.api.team.setUp(TEAM);
  const ops = await t.api.institutions.create({ name: 'Ośrodek Pomocy Społecznej', sector: 'social_assistance' });
  const school = await t.api.institutions.create({ name: 'Szkoła Podstawowa nr 1', sector: 'education' });
  const lukasz = await t.api.members.create({ fullName: 'Łukasz Żółć', institutionId: ops.id, role: 'animator' });
  const grazyna = await t.api.members.create({ fullName: 'Grażyna Ślęzak', institutionId: school.id });
  const jan = await t.api.members.create({ fullName: 'Jan Kowalski', institutionId: ops.id });
  return { ...t, ops, school, lukasz, grazyna, jan };
}

/** A digest of everything a hub holds about teams (all but the import journal, which notes refusals too). */
export async function hubDigest(hub: Hub): Promise<string> {
  const tables = ['hubTeam', 'hubBundle', 'hubRecord', 'hubFile', 'hubSession'] as const;
  const parts = [];
  for (const t of tables) parts.push(JSON.stringify(await hub.db.selectFrom(t).selectAll().execute(), (_k, v) => (v instanceof Uint8Array ? sha256Hex(v) : v)));
  return sha256Hex(parts.join('|'));
}

/**
 * Makes a file or folder read-only for this process, as a user without write permission meets it:
 * chmod for an ordinary user; for root (whom permissions do not stop) the immutable attribute.
 * Returns the undo, or null where neither works here (the test then skips, saying why).
 */
export function makeReadOnly(path: string): (() => void) | null {
  const { accessSync, chmodSync, constants, statSync } = fs;
  const writable = () => {
    try {
      accessSync(path, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  const mode = statSync(path).mode;
  chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  if (!writable()) {
    cleanups.push(() => chmodSync(path, mode));
    return () => chmodSync(path, mode);
  }
  chmodSync(path, mode);
  try {
    execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const undo = () => execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
  cleanups.push(() => {
    try {
      undo();
    } catch {
      /* already undone */
    }
  });
  return writable() ? (undo(), null) : undo;
}

/** A PDF's text as pdftotext reads it (raw order, whitespace folded): what a reader of the file gets. */
export function pdfText(bytes: Uint8Array): string {
  const path = join(tempDir(), 'document.pdf');
  fs.writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/**
 * A raw connection to an encrypted team database (or a copy of one: `keyOf` names the database whose
 * development key file opens it), for tests that look into the file itself.
 */
export function openKeyed(file: string, keyOf = file, options: { readonly?: boolean } = { readonly: true }): BetterSqlite3.Database {
  const db = new BetterSqlite3(file, { readonly: options.readonly ?? true, fileMustExist: true });
  const key = readDevelopmentKey(keyOf);
  if (!key) throw new Error(`no development key file beside ${keyOf}`);
  useKey(db, key);
  return db;
}

/** A key store such as Electron's safeStorage, stood in: what one computer seals, another cannot open. */
export function systemStore(computer: string): SecretStore {
  return {
    scheme: 'test-os',
    seal: async (plain) => `${computer}:${Buffer.from(plain).toString('base64')}`,
    open: async (sealed) => {
      if (!sealed.startsWith(`${computer}:`)) throw new Error('sealed on another computer');
      return Buffer.from(sealed.slice(computer.length + 1), 'base64').toString();
    },
  };
}

/** Every file under `dir` with its bytes. */
export function filesOf(dir: string): Array<{ name: string; bytes: Buffer }> {
  const out: Array<{ name: string; bytes: Buffer }> = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push({ name: relative(dir, path), bytes: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

/** A digest of every file under `dir`, names and bytes: "nothing changed" in one value. */
export const folderDigest = (dir: string) => createHash('sha256').update(JSON.stringify(filesOf(dir).map((f) => [f.name, createHash('sha256').update(f.bytes).digest('hex')]))).digest('hex');
