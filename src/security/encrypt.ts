// An existing plain database (every version before 17.6, a restored old handover copy) is encrypted on
// the first start through a verified copy, never in place: the copy is made, encrypted, checked (integrity,
// and the same rows in every table as the original), and only then replaces the plain file, which is
// overwritten with zeros before it is removed. A crash at any step leaves the plain original untouched.
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { copyInto, isPlainDatabase, rekey, useKey, type DatabaseKey } from '../db/cipher';
import { shred } from './shred';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function rowCounts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() as number)]));
}

/** Encrypts the plain database `file` under `key` (through `file.encrypting`); false if it was not plain. */
export function encryptPlainDatabase(file: string, key: DatabaseKey): boolean {
  if (!isPlainDatabase(file)) return false;
  const copy = `${file}.encrypting`;
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${copy}${suffix}`, { force: true });
  try {
    const source = new Database(file);
    let expected: Record<string, number>;
    try {
      // The WAL's last writes are in the copy: VACUUM INTO reads the database as the connection sees it.
      expected = rowCounts(source);
      copyInto(source, copy);
    } finally {
      source.close();
    }
    const target = new Database(copy);
    try {
      target.pragma('journal_mode = DELETE');
      rekey(target, key);
    } finally {
      target.close();
    }
    const check = new Database(copy, { readonly: true });
    try {
      useKey(check, key);
      const integrity = check.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`the encrypted copy fails its integrity check: ${String(integrity)}`);
      const actual = rowCounts(check);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error('the encrypted copy does not hold the same rows as the plain database');
    } finally {
      check.close();
    }
    if (isPlainDatabase(copy)) throw new Error('the copy was not encrypted');
  } catch (error) {
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${copy}${suffix}`, { force: true });
    throw error;
  }
  for (const suffix of ['', ...SIDE_FILES]) if (existsSync(`${file}${suffix}`)) shred(`${file}${suffix}`);
  renameSync(copy, file);
  return true;
}
