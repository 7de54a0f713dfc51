// The team's database is encrypted at rest (issue 17.6): SQLCipher 4's format, through
// better-sqlite3-multiple-ciphers, keyed by 32 random bytes (src/security/keys.ts keeps them). The WAL is
// encrypted with the file; temporary tables stay in memory; copies are made by VACUUM INTO, which writes
// them under the same key (the backup API refuses to copy between differently keyed files).
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** The raw 256-bit key of one database file. */
export type DatabaseKey = Buffer;

export const KEY_BYTES = 32;

const PLAIN_HEADER = 'SQLite format 3\0';

/** Keys an open connection; must come before its first read. Raw key: no KDF, as the key is random. */
export function useKey(sqlite: BetterSqlite3.Database, key: DatabaseKey): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
  sqlite.pragma('temp_store = MEMORY');
}

/** Encrypts a plain connection's file, or re-keys an encrypted one (it must not be in WAL mode). */
export function rekey(sqlite: BetterSqlite3.Database, key: DatabaseKey): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`rekey = "x'${key.toString('hex')}'"`);
}

/** Whether a file on disk begins with the plain SQLite header (false for an encrypted or missing one). */
export function isPlainDatabase(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const header = Buffer.alloc(16);
      return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === PLAIN_HEADER;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Whether a file that is not a plain database could be an encrypted one: whole pages. A text, a fragment, a program cannot. */
export function mayBeEncrypted(file: string): boolean {
  const size = existsSync(file) ? statSync(file).size : 0;
  return size >= 512 && size % 512 === 0 && !isPlainDatabase(file);
}

/** A consistent copy of the open database at `dest`, under the connection's key (plain if it has none). */
export function copyInto(sqlite: BetterSqlite3.Database, dest: string): void {
  sqlite.prepare('VACUUM INTO ?').run(dest);
}
