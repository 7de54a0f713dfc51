// Backups: automatic daily copies in the data folder, an encrypted full copy for handover to a new
// animator (age with a passphrase: scrypt), and restoring — the core swaps the open database for the
// staged copy (src/core/core.ts). A copy holds the database as it was when it was made, so a text the
// animator corrected since is still in it: `purgeBackups` deletes them all (docs/data-protection.md).
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../api/errors';
import { openDatabase } from '../db/open';
import { copyInto, isPlainDatabase, KEY_BYTES, rekey, useKey, type DatabaseKey } from '../db/cipher';
import { checkPassphrase } from '../security/keys';
import { shred } from '../security/shred';
import type { BackupInfo } from '../domain/types';

export const RESTORE_PENDING = 'restore-pending.sqlite';
/** Daily copies kept: two weeks. */
export const DAILY_KEPT = 14;


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
 * size. A copy cut short (the process killed while it was written by a version before 0.2) fails it. An
 * encrypted copy's header is read through its key.
 */
export function isWholeDatabase(file: string, key: DatabaseKey | null = null): boolean {
  try {
    if (!isPlainDatabase(file)) {
      if (!key) return false;
      const copy = new Database(file, { readonly: true, fileMustExist: true });
      try {
        useKey(copy, key);
        const pages = copy.pragma('page_count', { simple: true }) as number;
        const pageSize = copy.pragma('page_size', { simple: true }) as number;
        return pages > 0 && pages * pageSize === statSync(file).size;
      } finally {
        copy.close();
      }
    }
    const fd = openSync(file, 'r');
    try {
      const header = Buffer.alloc(100);
      if (readSync(fd, header, 0, 100, 0) < 100) return false;
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
export async function dailyBackup(sqlite: BetterSqlite3.Database, backupDir: string, now: Date, key: DatabaseKey | null = null): Promise<string | null> {
  const file = join(backupDir, `daily-${now.toISOString().slice(0, 10)}.sqlite`);
  if (existsSync(backupDir)) {
    for (const name of readdirSync(backupDir)) if (/\.partial(-wal|-shm)?$/.test(name)) rmSync(join(backupDir, name), { force: true });
  }
  if (existsSync(file)) {
    if (isWholeDatabase(file, key)) return null;
    rmSync(file, { force: true });
  }
  mkdirSync(backupDir, { recursive: true });
  const partial = `${file}${PARTIAL}`;
  try {
    copyInto(sqlite, partial);
    const copy = new Database(partial, { readonly: true });
    try {
      if (key) useKey(copy, key);
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

/** Since 17.6 a handover copy holds the database encrypted under a key of its own, which travels beside it inside the age file. */
const HANDOVER_MAGIC = Buffer.from('PZK-HANDOVER-2\n', 'latin1');

/**
 * A consistent copy of the open database, encrypted with a passphrase; `prepare` may adjust the
 * copy first (the signing key is unsealed in it, so that another computer can use it). The copy on disk
 * is never plain: made under the database's key, then re-keyed to a fresh one for the age file.
 */
export async function encryptedCopy(
  sqlite: BetterSqlite3.Database,
  tmpDir: string,
  passphrase: string,
  prepare: (copy: BetterSqlite3.Database) => Promise<void> = async () => undefined,
  key: DatabaseKey | null = null,
): Promise<Uint8Array> {
  checkPassphrase(passphrase);
  mkdirSync(tmpDir, { recursive: true });
  const copy = join(tmpDir, `handover-${process.pid}-${Date.now()}.sqlite`);
  const copyKey = randomBytes(KEY_BYTES);
  try {
    copyInto(sqlite, copy);
    const opened = new Database(copy);
    try {
      if (key) useKey(opened, key);
      await prepare(opened);
      opened.pragma('journal_mode = DELETE');
      rekey(opened, copyKey);
    } finally {
      opened.close();
    }
    const e = new Encrypter();
    e.setPassphrase(passphrase);
    return await e.encrypt(Buffer.concat([HANDOVER_MAGIC, copyKey, readFileSync(copy)]));
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

/** Checks that `file` is a team database this version can open, without changing it. */
async function checkRestorable(file: string, key: DatabaseKey | null): Promise<void> {
  const probe = `${file}.probe.sqlite`;
  writeFileSync(probe, readFileSync(file));
  try {
    const opened = await openDatabase(probe, { mustExist: true, backupDir: null, key: key && !isPlainDatabase(probe) ? key : null });
    await opened.close();
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${probe}${suffix}`, { force: true });
  }
}

/** Decrypts a handover copy and schedules it to replace the database at the next start. */
export async function stageEncryptedRestore(dataDir: string, bytes: Uint8Array, passphrase: string, key: DatabaseKey | null = null): Promise<void> {
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let plain: Uint8Array;
  try {
    plain = await d.decrypt(bytes);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The copy cannot be opened with this passphrase (or it is not a PZK Animator copy).', { fields: { passphrase: 'passphrase_wrong' } });
  }
  const pending = join(dataDir, RESTORE_PENDING);
  const content = Buffer.from(plain);
  try {
    if (content.subarray(0, HANDOVER_MAGIC.length).equals(HANDOVER_MAGIC)) {
      // The copy's own key opens it; it is re-keyed to this installation's before it is staged.
      const at = HANDOVER_MAGIC.length;
      writeFileSync(pending, content.subarray(at + KEY_BYTES));
      const staged = new Database(pending);
      try {
        useKey(staged, content.subarray(at, at + KEY_BYTES));
        staged.pragma('journal_mode = DELETE');
        if (key) rekey(staged, key);
        else staged.pragma("rekey = ''");
      } finally {
        staged.close();
      }
    } else {
      // A copy made before 17.6 holds the plain database: encrypted at the next start, through a verified copy.
      writeFileSync(pending, content);
    }
    await checkRestorable(pending, key);
  } catch (error) {
    rmSync(pending, { force: true });
    throw error;
  }
}

/** Schedules one of the local backups to replace the database at the next start. */
export async function stageLocalRestore(dataDir: string, backupDir: string, name: string, key: DatabaseKey | null = null): Promise<void> {
  const source = join(backupDir, basename(name));
  if (!existsSync(source) || !name.endsWith('.sqlite')) throw new AppError('NOT_FOUND', `No backup named ${name}.`);
  const pending = join(dataDir, RESTORE_PENDING);
  writeFileSync(pending, readFileSync(source));
  try {
    await checkRestorable(pending, key);
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
