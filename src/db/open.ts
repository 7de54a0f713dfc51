// Opens (and creates or migrates) the one SQLite file of a PZK: WAL, foreign keys on, busy timeout.
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { MIGRATIONS } from '../../migrations/index';
import { AppError } from '../api/errors';
import { migrate, type MigrateResult, type MigrationList } from './migrate';
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

export interface OpenOptions {
  /** Refuse to create a new file (the CLI reading an existing database). */
  mustExist?: boolean;
  backupDir?: string | null;
  migrations?: MigrationList;
  /** Marks (and checks) whose file this is: the team's database or the regional hub's. */
  applicationId?: number;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  file: string;
  migration: MigrateResult;
  schemaVersion: string;
  close(): Promise<void>;
}

function openSqlite(file: string, mustExist: boolean, applicationId: number): BetterSqlite3.Database {
  if (mustExist && file !== ':memory:' && !existsSync(file)) {
    throw new AppError('NOT_FOUND', `No database file at ${file}.`, { file });
  }
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file);
    sqlite.pragma('busy_timeout = 5000');
    const appId = sqlite.pragma('application_id', { simple: true });
    const tables = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
      n: number;
    };
    if (appId !== applicationId && (appId !== 0 || tables.n > 0)) {
      throw new AppError('NOT_A_PZK_DATABASE', `${file} is an SQLite database, but not one of PZK Animator.`, {
        file,
      });
    }
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    return sqlite;
  } catch (error) {
    sqlite?.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('NOT_A_PZK_DATABASE', `${file} is not a PZK Animator database.`, { file });
    }
    throw error;
  }
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const applicationId = options.applicationId ?? APPLICATION_ID;
  const sqlite = openSqlite(file, options.mustExist ?? false, applicationId);
  const migrations = options.migrations ?? MIGRATIONS;
  const raw = new Kysely<unknown>({ dialect: new PzkSqliteDialect({ database: sqlite }) });
  try {
    const migration = await migrate(raw, sqlite, { migrations, backupDir: options.backupDir ?? null });
    if (sqlite.pragma('application_id', { simple: true }) !== applicationId) {
      sqlite.pragma(`application_id = ${applicationId}`);
    }
    const db = raw.withPlugin(new CamelCasePlugin()) as unknown as Kysely<Database>;
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
