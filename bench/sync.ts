// Sync of the 20-year team: export (RODO check, pack, sign, encrypt) and the hub's import, each beside
// its floor measured in the same run — raw better-sqlite3 inserts of the same rows and files in one
// transaction — and the bundle of format 2 (state) beside what format 1 (history) would have carried.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { build } from 'esbuild';
import { NODE_BUNDLE, SPLIT } from '../scripts/node-bundle.mjs';
import { developmentKeyFileOf, openCoreFile } from '../src/core/core';
import { enrolTeam, initHub } from '../src/hub/hub';
import { openHubAt } from '../test/hubAt';
import { importBundle } from '../src/hub/import';
import { encryptPlainDatabase } from '../src/security/encrypt';
import type { RecordLine } from '../src/sync/format';
import { buildPayload, readProtocol, type Payload } from '../src/sync/payload';
import { exportBundle, importEnrolment } from '../src/sync/team';
import type { History } from './generate';
import { interleaved, printTable, type Row } from './measure';

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Issue 12: export and import within twice the raw insert of the same rows, each under 200 MB. */
const RATIO = 2;
const PEAK_MB = 200;

const PEAK_DIR = join('dist', 'bench');
const PEAK_SCRIPT = join(PEAK_DIR, 'syncPeak.mjs');

/**
 * Peak RSS of one export or import in a process of its own (bench/syncPeak.ts), bundled like the
 * `pzk` command: under tsx, compiling the sources alone takes 150 MB.
 */
async function peakOf(mode: 'export' | 'import', database: string, bundleFile: string): Promise<{ before: number; peak: number }> {
  await build({ ...NODE_BUNDLE, ...SPLIT, entryPoints: { syncPeak: 'bench/syncPeak.ts' }, outdir: PEAK_DIR });
  const child = spawnSync(process.execPath, [PEAK_SCRIPT, mode, database, bundleFile], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`syncPeak ${mode} failed: ${child.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { before: number; peak: number };
}

/**
 * The floor: the same records and files, inserted raw in one transaction into a new file. `asHub`: with
 * the hub's own settings (WAL, synchronous NORMAL, its page cache, the checkpoint when it closes), which
 * write every page twice — a comparison beside the floor of the target.
 */
function rawInsert(file: string, files: Payload['files'], records: readonly RecordLine[], asHub = false) {
  const raw = new BetterSqlite3(file);
  if (asHub) raw.pragma('journal_mode = WAL');
  if (asHub) raw.pragma('synchronous = NORMAL');
  if (asHub) raw.pragma('cache_size = -32768');
  raw.exec('CREATE TABLE r (entity TEXT, id TEXT, seq INTEGER, row TEXT, PRIMARY KEY (entity, id)); CREATE TABLE f (path TEXT PRIMARY KEY, content BLOB)');
  const upsert = raw.prepare('INSERT INTO r VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, row = excluded.row');
  const file_ = raw.prepare('INSERT INTO f VALUES (?, ?)');
  raw.transaction(() => {
    for (const r of records) upsert.run(r.entity, r.id, r.seq, r.row === null ? null : JSON.stringify(r.row));
    for (const [path, bytes] of Object.entries(files)) if (path.startsWith('protocols/')) file_.run(path, bytes);
  })();
  if (asHub) raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
}

export async function syncBench(twentyYearDb: string, history: History): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-sync-'));
  try {
    // A copy: enrolment writes settings, and the cached benchmark database stays as generated.
    const teamFile = join(dir, 'team.sqlite');
    // The cached database is encrypted (issue 17.6) and opened by its development key file: both are copied.
    for (const suffix of ['', '-wal']) if (existsSync(`${twentyYearDb}${suffix}`)) copyFileSync(`${twentyYearDb}${suffix}`, `${teamFile}${suffix}`);
    copyFileSync(developmentKeyFileOf(twentyYearDb), developmentKeyFileOf(teamFile));
    const core = await openCoreFile(teamFile);
    const pristineHub = join(dir, 'hub-pristine.sqlite');
    const setup = await openHubAt(pristineHub);
    await initHub(setup, 'Centrum');
    const enrolment = await enrolTeam(setup, { name: 'PZK', teryt: '1465011' });
    await setup.close();
    await importEnrolment(core.database.db, JSON.stringify(enrolment));
    let bundle = await exportBundle(core.database.db, core.database.schemaVersion, { full: true });
    // The floor's rows and files: what the bundle carries (the export lets go of its own as it archives them).
    const payload = await buildPayload(core.database.db, 0);
    const files = { ...payload.files };
    for (const [path, ref] of Object.entries(payload.protocols)) files[path] = await readProtocol(core.database.db, path, ref);
    const lines = inflateRawSync(payload.records.deflated).toString('utf8').split('\n');
    const records = lines.map((line) => JSON.parse(line) as RecordLine);
    let run = 0;
    // The same import into the hub as the app keeps it since 17.6: encrypted (a comparison; the floor stays plain).
    const encryptedHub = join(dir, 'hub-encrypted.sqlite');
    copyFileSync(pristineHub, encryptedHub);
    const hubKey = randomBytes(32);
    encryptPlainDatabase(encryptedHub, hubKey);
    writeFileSync(developmentKeyFileOf(encryptedHub), hubKey.toString('hex'));
    const importInto = async (pristine: string) => {
      const file = join(dir, `hub-${run++}.sqlite`);
      copyFileSync(pristine, file);
      if (existsSync(developmentKeyFileOf(pristine))) copyFileSync(developmentKeyFileOf(pristine), developmentKeyFileOf(file));
      const hub = await openHubAt(file);
      const report = await importBundle(hub, bundle.bytes);
      await hub.close();
      if (!report.accepted) throw new Error(`refused: ${report.reason}`);
    };
    // Interleaved, round by round (floor, export, the two imports, the floor with the hub's settings):
    // measured one block after the other, the floor and the rest drifted apart from run to run on this
    // shared machine.
    const [floor, exportRow, importRow, encryptedImport, hubFloor] = await interleaved(
      5,
      [
        'floor: raw better-sqlite3 insert of the same rows and files (one transaction)',
        'export: RODO check, pack, sign, encrypt (full, 20 years)',
        'hub import: decrypt, verify, validate every row, apply',
        'hub import into an encrypted hub (as the app keeps it)',
        'the same raw insert with the hub\'s settings (WAL, synchronous NORMAL, checkpoint)',
      ],
      [
        async () => rawInsert(join(dir, `raw-${run++}.sqlite`), files, records),
        async () => {
          bundle = await exportBundle(core.database.db, core.database.schemaVersion, { full: true, sqlite: core.database.sqlite });
        },
        () => importInto(pristineHub),
        () => importInto(encryptedHub),
        async () => rawInsert(join(dir, `raw-${run++}.sqlite`), files, records, true),
      ],
    );
    const rows: Row[] = [{ ...exportRow!, targetRatio: RATIO }, { ...importRow!, targetRatio: RATIO }, encryptedImport!, hubFloor!];
    await core.close();
    const bundleFile = join(dir, 'bundle.pzkb');
    const exported = await peakOf('export', teamFile, bundleFile);
    copyFileSync(pristineHub, join(dir, 'hub-peak.sqlite'));
    const imported = await peakOf('import', join(dir, 'hub-peak.sqlite'), bundleFile);
    console.log(`\n### Peak memory of a full export and import (20 years), each in a process of its own\n`);
    console.log('| operation | RSS before, MB | peak RSS, MB | target |');
    console.log('|---|---:|---:|---:|');
    const peaks = [
      { what: 'export: peak RSS', ...exported },
      { what: 'hub import: peak RSS', ...imported },
    ];
    for (const p of peaks) console.log(`| ${p.what} | ${p.before.toFixed(0)} | ${p.peak.toFixed(0)} | ≤ ${PEAK_MB} MB |`);
    const overPeak: Row[] = peaks.filter((p) => p.peak > PEAK_MB).map((p) => ({ what: p.what, n: 1, p50: p.peak, p95: p.peak, target: PEAK_MB }));
    const recordCount = bundle.payload.recordCount;
    const ndjson = payload.records.size;
    const pdfs = Object.keys(files).filter((f) => f.startsWith('protocols/')).length;
    console.log(`\n### Bundle of the 20-year team: state (format 2) beside history (format 1)\n`);
    console.log('| | format 1 (every write) | format 2 (current state) | ratio |');
    console.log('|---|---:|---:|---:|');
    console.log(`| change rows / records | ${history.writes} | ${recordCount} | ${(history.writes / recordCount).toFixed(1)}× fewer |`);
    console.log(`| changes.ndjson / records.ndjson | ${MB(history.ndjsonBytes)} | ${MB(ndjson)} | ${(history.ndjsonBytes / ndjson).toFixed(1)}× smaller |`);
    console.log(`\nThe encrypted bundle: ${MB(bundle.bytes.byteLength)}, with ${pdfs} approved protocol PDFs.`);
    const missed = printTable('Sync of the 20-year team', [...rows, floor!], floor);
    console.log(`\nThe hub import beside the raw insert with the hub's settings: ${(importRow!.p50 / hubFloor!.p50).toFixed(2)}×.`);
    return [...missed, ...overPeak];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
