// Sync of the 20-year team: export (RODO check, pack, sign, encrypt) and the hub's import, each beside
// its floor measured in the same run — raw better-sqlite3 inserts of the same rows and files in one
// transaction — and the bundle of format 2 (state) beside what format 1 (history) would have carried.
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openCoreFile } from '../src/core/core';
import { enrolTeam, initHub, openHub } from '../src/hub/hub';
import { importBundle } from '../src/hub/import';
import { exportBundle, importEnrolment, type ExportedBundle } from '../src/sync/team';
import type { History } from './generate';
import { measure, printTable, type Row } from './measure';

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The floor: the same records and files, inserted raw in one transaction into a new file. */
function rawInsert(file: string, bundle: ExportedBundle) {
  const raw = new BetterSqlite3(file);
  raw.exec('CREATE TABLE r (entity TEXT, id TEXT, seq INTEGER, row TEXT, PRIMARY KEY (entity, id)); CREATE TABLE f (path TEXT PRIMARY KEY, content BLOB)');
  const upsert = raw.prepare('INSERT INTO r VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, row = excluded.row');
  const file_ = raw.prepare('INSERT INTO f VALUES (?, ?)');
  raw.transaction(() => {
    for (const r of bundle.payload.records) upsert.run(r.entity, r.id, r.seq, r.row === null ? null : JSON.stringify(r.row));
    for (const [path, bytes] of Object.entries(bundle.payload.files)) if (path.startsWith('protocols/')) file_.run(path, bytes);
  })();
  raw.close();
}

export async function syncBench(twentyYearDb: string, history: History): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-sync-'));
  try {
    // A copy: enrolment writes settings, and the cached benchmark database stays as generated.
    const teamFile = join(dir, 'team.sqlite');
    const source = new BetterSqlite3(twentyYearDb);
    await source.backup(teamFile);
    source.close();
    const core = await openCoreFile(teamFile);
    const pristineHub = join(dir, 'hub-pristine.sqlite');
    const setup = await openHub(pristineHub);
    await initHub(setup, 'Centrum');
    const enrolment = await enrolTeam(setup, { name: 'PZK', teryt: '1465011' });
    await setup.close();
    await importEnrolment(core.database.db, JSON.stringify(enrolment));
    let bundle = await exportBundle(core.database.db, core.database.schemaVersion, { full: true });
    let run = 0;
    const rows: Row[] = [];
    const floor = await measure('floor: raw better-sqlite3 insert of the same rows and files (one transaction)', 3, null, async () => {
      rawInsert(join(dir, `raw-${run++}.sqlite`), bundle);
    });
    rows.push(
      await measure('export: RODO check, pack, sign, encrypt (full, 20 years)', 3, null, async () => {
        bundle = await exportBundle(core.database.db, core.database.schemaVersion, { full: true, sqlite: core.database.sqlite });
      }),
    );
    rows.push(
      await measure('hub import: decrypt, verify, validate every row, apply', 3, null, async () => {
        const file = join(dir, `hub-${run++}.sqlite`);
        copyFileSync(pristineHub, file);
        const hub = await openHub(file);
        const report = await importBundle(hub, bundle.bytes);
        await hub.close();
        if (!report.accepted) throw new Error(`refused: ${report.reason}`);
      }),
    );
    const records = bundle.payload.records.length;
    const ndjson = bundle.payload.files['records.ndjson']!.byteLength;
    const pdfs = Object.keys(bundle.payload.files).filter((f) => f.startsWith('protocols/')).length;
    console.log(`\n### Bundle of the 20-year team: state (format 2) beside history (format 1)\n`);
    console.log('| | format 1 (every write) | format 2 (current state) | ratio |');
    console.log('|---|---:|---:|---:|');
    console.log(`| change rows / records | ${history.writes} | ${records} | ${(history.writes / records).toFixed(1)}× fewer |`);
    console.log(`| changes.ndjson / records.ndjson | ${MB(history.ndjsonBytes)} | ${MB(ndjson)} | ${(history.ndjsonBytes / ndjson).toFixed(1)}× smaller |`);
    console.log(`\nThe encrypted bundle: ${MB(bundle.bytes.byteLength)}, with ${pdfs} approved protocol PDFs.`);
    await core.close();
    return printTable('Sync of the 20-year team', [...rows, floor], floor);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
