// Opens (and creates or migrates) the one SQLite file of a PZK: WAL, foreign keys on, busy timeout,
// and secure_delete, so that text removed or overwritten is zeroed in the file, not left in free pages;
// the team's file is encrypted with its key (issue 17.6, src/db/cipher.ts).
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { CamelCasePlugin, Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter, type SqliteDatabase } from 'kysely';
import { MIGRATIONS } from '../../migrations/index';
import { AppError } from '../api/errors';
import { mayBeEncrypted, useKey, type DatabaseKey } from './cipher';
import { appliedMigrations, checkPrefix, migrate, type MigrateResult, type MigrationList } from './migrate';
import type { Database } from './schema';

/** "PZK1": marks the file as ours, so that another app's SQLite file is not mistaken for a team. */
export const APPLICATION_ID = 0x505a4b31;

/** SQLite does run DDL inside transactions; Kysely's adapter just does not claim it. Claiming it
 *  makes the Migrator run the pending migrations in one transaction: all or nothing. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class PzkSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * better-sqlite3 behind Kysely with its prepared statements kept (issue 12). Kysely prepares each query
 * on every call, `begin` and `commit` included: that costs more than running most of them, and every
 * statement left to the garbage collector holds native memory it does not see. The SQL of the hot paths
 * repeats, so a bounded cache (least recently used out) serves nearly every call.
 */
export function keepStatements(sqlite: BetterSqlite3.Database, max = 2000): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Refreshed as the most recently used.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Kysely's camel-case mapping with its names remembered (issue 12): the plugin derives every column's
 * name again for every row it returns, which for a list of thousands of rows cost a third of the SQL.
 * The rows of SQLite hold no nested objects, so each is mapped by one loop over its keys.
 */
export class RememberingCamelCasePlugin extends CamelCasePlugin {
  private readonly camel = new Map<string, string>();
  private readonly snake = new Map<string, string>();

  protected override camelCase(name: string): string {
    let mapped = this.camel.get(name);
    if (mapped === undefined) this.camel.set(name, (mapped = super.camelCase(name)));
    return mapped;
  }

  protected override snakeCase(name: string): string {
    let mapped = this.snake.get(name);
    if (mapped === undefined) this.snake.set(name, (mapped = super.snakeCase(name)));
    return mapped;
  }

  protected override mapRow(row: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key in row) out[this.camelCase(key)] = row[key];
    return out;
  }
}

export interface OpenOptions {
  /** Refuse to create a new file (the CLI reading an existing database). */
  mustExist?: boolean;
  backupDir?: string | null;
  migrations?: MigrationList;
  /** Marks (and checks) whose file this is: the team's database or the regional hub's. */
  applicationId?: number;
  /** Open without writing (a CLI read beside a running app); refused if migrations are pending. */
  readOnly?: boolean;
  /** The file's key (src/db/cipher.ts); none: a plain file (the regional hub, an in-memory database). */
  key?: DatabaseKey | null;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  file: string;
  migration: MigrateResult;
  schemaVersion: string;
  close(): Promise<void>;
}

function openSqlite(file: string, mustExist: boolean, applicationId: number, readOnly: boolean, key: DatabaseKey | null): BetterSqlite3.Database {
  if ((mustExist || readOnly) && file !== ':memory:' && !existsSync(file)) {
    throw new AppError('NOT_FOUND', `No database file at ${file}.`, { file });
  }
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, { readonly: readOnly });
    if (key && file !== ':memory:') useKey(sqlite, key);
    sqlite.pragma('busy_timeout = 5000');
    // Pages are decrypted as they come into SQLite's page cache: a cache that holds a team's working set (32 MiB,
    // the default is 2) keeps the hot paths from decrypting the same pages again and again.
    sqlite.pragma('cache_size = -32768');
    const appId = sqlite.pragma('application_id', { simple: true });
    const tables = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
      n: number;
    };
    // Reading never adopts a file: an empty or foreign one is refused, not turned into a database.
    if (readOnly && appId !== applicationId) {
      throw new AppError('NOT_A_PZK_DATABASE', `${file} is not a PZK Animator database${tables.n === 0 ? ' (it is empty)' : ''}.`, { file });
    }
    if (appId !== applicationId && (appId !== 0 || tables.n > 0)) {
      throw new AppError('NOT_A_PZK_DATABASE', `${file} is an SQLite database, but not one of PZK Animator.`, {
        file,
      });
    }
    if (readOnly) return sqlite;
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('secure_delete = ON');
    // After a checkpoint the WAL is cut back, so old page images do not linger in it at full size.
    sqlite.pragma('journal_size_limit = 0');
    return sqlite;
  } catch (error) {
    sqlite?.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    // An encrypted file is whole pages; a text or a fragment is not a database at all.
    if (code === 'SQLITE_NOTADB' && key && mayBeEncrypted(file)) {
      throw new AppError('DB_KEY_WRONG', `The key does not open ${file}; nothing was changed.`, { file });
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('NOT_A_PZK_DATABASE', `${file} is not a PZK Animator database.`, { file });
    }
    throw error;
  }
}

/** Copies the WAL into the file and empties it: pages with removed text leave the WAL too. */
export function checkpoint(sqlite: BetterSqlite3.Database): void {
  if (sqlite.memory || sqlite.readonly) return;
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

async function checkCurrent(db: Kysely<unknown>, known: readonly string[], file: string): Promise<MigrateResult> {
  const applied = await appliedMigrations(db);
  checkPrefix(applied, known);
  if (applied.length < known.length) {
    throw new AppError('DB_NEEDS_UPGRADE', `${file} was written by an older version and must be upgraded first; open it once in the app (a command that only reads never changes the file).`, { file });
  }
  return { applied: [], backupFile: null };
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const applicationId = options.applicationId ?? APPLICATION_ID;
  const readOnly = options.readOnly ?? false;
  const sqlite = openSqlite(file, options.mustExist ?? false, applicationId, readOnly, options.key ?? null);
  const migrations = options.migrations ?? MIGRATIONS;
  const raw = new Kysely<unknown>({ dialect: new PzkSqliteDialect({ database: keepStatements(sqlite) }) });
  try {
    const migration = readOnly
      ? await checkCurrent(raw, migrations.map(([name]) => name), file)
      : await migrate(raw, sqlite, { migrations, backupDir: options.backupDir ?? null });
    if (!readOnly && sqlite.pragma('application_id', { simple: true }) !== applicationId) {
      sqlite.pragma(`application_id = ${applicationId}`);
    }
    // What a migration dropped (0004: the old change history) leaves the WAL at once.
    if (migration.applied.length > 0) checkpoint(sqlite);
    const db = raw.withPlugin(new RememberingCamelCasePlugin()) as unknown as Kysely<Database>;
    return {
      db,
      sqlite,
      file,
      migration,
      schemaVersion: migrations.at(-1)?.[0] ?? 'none',
      close: () => raw.destroy(),
    };
  } catch (error) {
    await raw.destroy();
    throw error;
  }
}
