// Runs the forward-only migrations with Kysely's Migrator, after two guards of our own:
// the applied migrations must be a prefix of the known list (a database from a newer app, or a
// foreign one, is refused), and the file is backed up before any pending migration runs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyInto } from './cipher';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { AppError } from '../api/errors';

export type MigrationList = ReadonlyArray<readonly [name: string, migration: Migration]>;

export interface MigrateOptions {
  migrations: MigrationList;
  /** Where the pre-migration copy goes; null only for in-memory databases. */
  backupDir: string | null;
}

export interface MigrateResult {
  applied: string[];
  backupFile: string | null;
}

export async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const exists = await sql<{ n: number }>`
    SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if (!exists.rows[0]?.n) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

export function checkPrefix(applied: readonly string[], known: readonly string[]): void {
  applied.forEach((name, i) => {
    if (known[i] === name) return;
    if (i >= known.length) {
      throw new AppError(
        'DB_NEWER_VERSION',
        `The database was written by a newer version of PZK Animator (it has migration ${name}); update the app to open it.`,
        { migration: name },
      );
    }
    throw new AppError(
      'DB_UNKNOWN_MIGRATION',
      `The database has migration ${name}, which this version does not know (expected ${known[i]}); it was not opened.`,
      { migration: name, expected: known[i] },
    );
  });
}

export async function migrate(
  db: Kysely<unknown>,
  sqlite: BetterSqlite3.Database,
  options: MigrateOptions,
): Promise<MigrateResult> {
  const known = options.migrations.map(([name]) => name);
  const applied = await appliedMigrations(db);
  checkPrefix(applied, known);
  const pending = known.slice(applied.length);
  if (pending.length === 0) return { applied: [], backupFile: null };

  let backupFile: string | null = null;
  if (applied.length > 0 && options.backupDir) {
    mkdirSync(options.backupDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    backupFile = join(options.backupDir, `before-${pending[0]}-${stamp}.sqlite`);
    // Under the database's own key (the backup API cannot copy an encrypted file).
    copyInto(sqlite, backupFile);
  }

  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => Object.fromEntries(options.migrations) },
  });
  // Foreign keys are off while migrations run (outside their transaction: the pragma is a no-op
  // inside one), as SQLite's procedure for rebuilding a table requires (0009); a migration that
  // rebuilds one runs PRAGMA foreign_key_check before it ends, so a broken reference rolls it back.
  sqlite.pragma('foreign_keys = OFF');
  let outcome;
  try {
    outcome = await migrator.migrateToLatest();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  const { error, results } = outcome;
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('INTERNAL', `Migration ${failed} failed and was rolled back: ${String(error)}`, {
      migration: failed,
      backupFile,
    });
  }
  return { applied: (results ?? []).map((r) => r.migrationName), backupFile };
}
