// "Zapisz raport diagnostyczny" (issue 14.4): a zip for the IT department with the application log,
// the versions and the state of the database — and no personal data: counts, sizes and names of the
// app's own tables and migrations only, never a row, a file name of an attachment or a path under the
// user's home (written as ~).
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { arch, homedir, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { APP_VERSION } from '../version';
import { LOG_DIR_NAME } from './logger';

export interface DiagnosticsInput {
  dataDir: string;
  backupDir: string;
  sqlite: BetterSqlite3.Database;
  schemaVersion: string;
  now: Date;
}

const homeless = (path: string) => (homedir() && path.startsWith(homedir()) ? `~${path.slice(homedir().length)}` : path);

function folderSummary(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(dir, entry.name)).size;
  }
  return { files, bytes };
}

export function diagnosticsAbout(input: DiagnosticsInput): Record<string, unknown> {
  const { sqlite } = input;
  const pragma = (name: string) => sqlite.pragma(name, { simple: true }) as unknown;
  const tables = (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
  // FTS shadow tables count what their base tables count; the app's own tables are enough.
  const rowCounts = Object.fromEntries(
    tables.filter((t) => !/_fts(_|$)/.test(t)).map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t.replace(/"/g, '""')}"`).get() as { n: number }).n]),
  );
  const migrations = tables.includes('kysely_migration')
    ? (sqlite.prepare('SELECT name, timestamp FROM kysely_migration ORDER BY name').all() as Array<{ name: string; timestamp: string }>)
    : [];
  const database = join(input.dataDir, 'pzk.sqlite');
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  return {
    madeAt: input.now.toISOString(),
    app: { version: APP_VERSION, schemaVersion: input.schemaVersion },
    runtime: { ...process.versions, platform: platform(), release: release(), arch: arch(), memoryBytes: totalmem() },
    dataFolder: {
      path: homeless(input.dataDir),
      databaseBytes: size(database),
      walBytes: size(`${database}-wal`),
      backups: folderSummary(input.backupDir),
      logs: folderSummary(join(input.dataDir, LOG_DIR_NAME)),
    },
    sqlite: {
      version: (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      journalMode: pragma('journal_mode'),
      pageSize: pragma('page_size'),
      pageCount: pragma('page_count'),
      freelistCount: pragma('freelist_count'),
      // quick_check names pages and tables when it finds damage, never row content.
      quickCheck: (sqlite.pragma('quick_check') as Array<{ quick_check: string }>).map((r) => r.quick_check),
      foreignKeyProblems: (sqlite.pragma('foreign_key_check') as unknown[]).length,
    },
    migrations,
    rowCounts,
  };
}

const README = `Raport diagnostyczny aplikacji PZK Animator — dla działu informatyki.

about.json: wersje aplikacji, bazy danych i systemu, rozmiary plików w folderze danych, stan bazy
(kontrola spójności, zastosowane migracje, liczba wierszy w każdej tabeli).
logs/: dziennik aplikacji (nazwy zdarzeń, kody błędów i miejsca w programie).

Raport nie zawiera danych osobowych ani treści protokołów: ani jednego wiersza bazy, żadnych imion,
nazwisk, treści przebiegu posiedzeń ani wyników kontroli RODO.
`;

export function diagnosticReport(input: DiagnosticsInput): Uint8Array {
  const logDir = join(input.dataDir, LOG_DIR_NAME);
  const logs = existsSync(logDir) ? readdirSync(logDir).filter((f) => /^pzk(\.\d+)?\.log$/.test(f)) : [];
  return zipSync(
    {
      'README.txt': strToU8(README),
      'about.json': strToU8(`${JSON.stringify(diagnosticsAbout(input), null, 2)}\n`),
      ...Object.fromEntries(logs.map((f) => [`logs/${f}`, new Uint8Array(readFileSync(join(logDir, f)))])),
    },
    { mtime: input.now },
  );
}
