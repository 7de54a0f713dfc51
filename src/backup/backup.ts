// Backups: automatic daily copies in the data folder, an encrypted full copy for handover to a new
// animator (age with a passphrase: scrypt), and restoring — the core swaps the open database for the
// staged copy (src/core/core.ts). A copy holds the database as it was when it was made, so a text the
// animator corrected since is still in it: `purgeBackups` deletes them all (docs/data-protection.md).
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../api/errors';
import { openDatabase } from '../db/open';
import type { BackupInfo } from '../domain/types';

export const RESTORE_PENDING = 'restore-pending.sqlite';
/** Daily copies kept: two weeks. */
export const DAILY_KEPT = 14;
const MIN_PASSPHRASE = 10;


const kindOf = (name: string): BackupInfo['kind'] =>
  name.startsWith('daily-') ? 'daily' : name.startsWith('before-') ? 'before-migration' : name.startsWith('replaced-') ? 'replaced' : 'other';

export function listBackups(backupDir: string): BackupInfo[] {
  if (!existsSync(backupDir)) return [];
  return readdirSync(backupDir)
    .filter((n) => n.endsWith('.sqlite'))
    .map((name) => {
      const info = statSync(join(backupDir, name));
      return { name, kind: kindOf(name), createdAt: info.mtime.toISOString(), bytes: info.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The name a copy is written under until it is verified (not `.sqlite`: never listed or restored). */
const PARTIAL = '.partial';

/**
 * Whether `file` is a whole SQLite database: the header's page count times its page size is the file's
 * size. A copy cut short (the process killed while it was written by a version before 0.2) fails it.
 */
export function isWholeDatabase(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const header = Buffer.alloc(100);
      if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return false;
      const raw = header.readUInt16BE(16);
      const pageSize = raw === 1 ? 65536 : raw;
      return header.readUInt32BE(28) * pageSize === fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * One copy a day (the first open of the day), the last two weeks kept. Written under a temporary
 * name, checked (`integrity_check`), then renamed: a kill -9 while copying leaves only a `.partial`
 * file, removed at the next start, and the copy is made again (issue 10.5).
 */
export async function dailyBackup(sqlite: BetterSqlite3.Database, backupDir: string, now: Date): Promise<string | null> {
  const file = join(backupDir, `daily-${now.toISOString().slice(0, 10)}.sqlite`);
  if (existsSync(backupDir)) {
    for (const name of readdirSync(backupDir)) if (/\.partial(-wal|-shm)?$/.test(name)) rmSync(join(backupDir, name), { force: true });
  }
  if (existsSync(file)) {
    if (isWholeDatabase(file)) return null;
    rmSync(file, { force: true });
  }
  mkdirSync(backupDir, { recursive: true });
  const partial = `${file}${PARTIAL}`;
  try {
    await sqlite.backup(partial);
    const copy = new Database(partial, { readonly: true });
    try {
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`the copy fails its integrity check: ${String(result)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, file);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  }
  const daily = listBackups(backupDir).filter((b) => b.kind === 'daily').sort((a, b) => b.name.localeCompare(a.name));
  for (const old of daily.slice(DAILY_KEPT)) rmSync(join(backupDir, old.name), { force: true });
  return file;
}

/**
 * A consistent copy of the open database, encrypted with a passphrase; `prepare` may adjust the
 * copy first (the signing key is unsealed in it, so that another computer can use it).
 */
export async function encryptedCopy(
  sqlite: BetterSqlite3.Database,
  tmpDir: string,
  passphrase: string,
  prepare: (copy: BetterSqlite3.Database) => Promise<void> = async () => undefined,
): Promise<Uint8Array> {
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new AppError('VALIDATION_FAILED', `The passphrase must have at least ${MIN_PASSPHRASE} characters.`, { fields: { passphrase: 'passphrase_short' } });
  }
  mkdirSync(tmpDir, { recursive: true });
  const copy = join(tmpDir, `handover-${process.pid}-${Date.now()}.sqlite`);
  try {
    await sqlite.backup(copy);
    const opened = new Database(copy);
    try {
      await prepare(opened);
    } finally {
      opened.close();
    }
    const e = new Encrypter();
    e.setPassphrase(passphrase);
    return await e.encrypt(readFileSync(copy));
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

/** Checks that `file` is a team database this version can open, without changing it. */
async function checkRestorable(file: string): Promise<void> {
  const probe = `${file}.probe.sqlite`;
  writeFileSync(probe, readFileSync(file));
  try {
    const opened = await openDatabase(probe, { mustExist: true, backupDir: null });
    await opened.close();
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${probe}${suffix}`, { force: true });
  }
}

/** Decrypts a handover copy and schedules it to replace the database at the next start. */
export async function stageEncryptedRestore(dataDir: string, bytes: Uint8Array, passphrase: string): Promise<void> {
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let plain: Uint8Array;
  try {
    plain = await d.decrypt(bytes);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The copy cannot be opened with this passphrase (or it is not a PZK Animator copy).', { fields: { passphrase: 'passphrase_wrong' } });
  }
  const pending = join(dataDir, RESTORE_PENDING);
  writeFileSync(pending, plain);
  try {
    await checkRestorable(pending);
  } catch (error) {
    rmSync(pending, { force: true });
    throw error;
  }
}

/** Schedules one of the local backups to replace the database at the next start. */
export async function stageLocalRestore(dataDir: string, backupDir: string, name: string): Promise<void> {
  const source = join(backupDir, basename(name));
  if (!existsSync(source) || !name.endsWith('.sqlite')) throw new AppError('NOT_FOUND', `No backup named ${name}.`);
  const pending = join(dataDir, RESTORE_PENDING);
  writeFileSync(pending, readFileSync(source));
  try {
    await checkRestorable(pending);
  } catch (error) {
    rmSync(pending, { force: true });
    throw error;
  }
}

/** At start, before the database is opened: a staged restore replaces it; the replaced file is kept. */
export function applyPendingRestore(dataDir: string, databaseFile: string, backupDir: string, now: Date): boolean {
  const pending = join(dataDir, RESTORE_PENDING);
  if (!existsSync(pending)) return false;
  mkdirSync(backupDir, { recursive: true });
  const replaced = join(backupDir, `replaced-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  // The replaced database moves with its WAL, so nothing written before a crash is lost.
  for (const suffix of ['', '-wal']) if (existsSync(`${databaseFile}${suffix}`)) renameSync(`${databaseFile}${suffix}`, `${replaced}${suffix}`);
  rmSync(`${databaseFile}-shm`, { force: true });
  renameSync(pending, databaseFile);
  return true;
}

/** Overwrites a file with zeros before removing it: best effort, so the old bytes do not stay in its blocks. */
function shred(file: string): void {
  const size = statSync(file).size;
  const zeros = Buffer.alloc(Math.min(size, 1024 * 1024));
  const fd = openSync(file, 'r+');
  try {
    for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}

/** Deletes every local copy (daily, before a migration, replaced by a restore); returns how many. */
export function purgeBackups(backupDir: string): number {
  if (!existsSync(backupDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(backupDir)) {
    if (!/\.sqlite(-wal|-shm)?$/.test(name)) continue;
    shred(join(backupDir, name));
    if (name.endsWith('.sqlite')) removed += 1;
  }
  return removed;
}
