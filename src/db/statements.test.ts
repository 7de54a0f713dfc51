import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { keepStatements } from './open';

describe('keepStatements (issue 12: Kysely prepared every statement on every call)', () => {
  it('prepares a statement once and serves it again; the least recently used goes beyond the bound', () => {
    const sqlite = new BetterSqlite3(':memory:');
    const db = keepStatements(sqlite, 2);
    const a = db.prepare('SELECT 1');
    expect(db.prepare('SELECT 1')).toBe(a);
    const b = db.prepare('SELECT 2');
    db.prepare('SELECT 1'); // now the most recent
    db.prepare('SELECT 3'); // evicts SELECT 2, the least recently used
    expect(db.prepare('SELECT 1')).toBe(a);
    expect(db.prepare('SELECT 2')).not.toBe(b);
    db.close();
    expect(sqlite.open).toBe(false);
  });

  it('a kept statement still reads right after the schema changes under it', () => {
    const sqlite = new BetterSqlite3(':memory:');
    const db = keepStatements(sqlite);
    db.prepare('CREATE TABLE t (a TEXT)').run([]);
    db.prepare("INSERT INTO t VALUES ('x')").run([]);
    expect(db.prepare('SELECT * FROM t').all([])).toEqual([{ a: 'x' }]);
    db.prepare("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'y'").run([]);
    expect(db.prepare('SELECT * FROM t').all([])).toEqual([{ a: 'x', b: 'y' }]);
    db.close();
  });
});
