// Sync of the 20-year team: export + sign + encrypt, and the hub's import, beside raw
// better-sqlite3 inserts of the same rows (the floor any import could reach).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openCoreFile } from '../src/core/core';
import { enrolTeam, initHub, openHub } from '../src/hub/hub';
import { importBundle } from '../src/hub/import';
import { exportBundle, importEnrolment } from '../src/sync/team';
import { measure, printTable, type Row } from './measure';

export async function syncBench(twentyYearDb: string): Promise<Row[]> {
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
    let bundle: Uint8Array = new Uint8Array();
    const rows: Row[] = [];
    rows.push(
      await measure('export + sign + encrypt (full, 20 years)', 3, 30_000, async () => {
        bundle = (await exportBundle(core.database.db, core.database.schemaVersion, { full: true })).bytes;
      }),
    );
    const changes = (core.database.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    console.log(`\nBundle of ${changes} changes: ${(bundle.length / 1024 / 1024).toFixed(1)} MB encrypted.`);
    let run = 0;
    rows.push(
      await measure('hub import (decrypt, verify, apply) of that bundle', 3, 60_000, async () => {
        const file = join(dir, `hub-${run++}.sqlite`);
        copyFileSync(pristineHub, file);
        const hub = await openHub(file);
        const report = await importBundle(hub, bundle);
        await hub.close();
        if (!report.accepted) throw new Error(`refused: ${report.reason}`);
      }),
    );
    const logRows = core.database.sqlite.prepare('SELECT entity, entity_id, row, seq FROM change_log ORDER BY seq').all() as Array<{ entity: string; entity_id: string; row: string | null; seq: number }>;
    rows.push(
      await measure('raw better-sqlite3: insert the same rows (one transaction)', 3, null, async () => {
        const raw = new BetterSqlite3(join(dir, `raw-${run++}.sqlite`));
        raw.exec('CREATE TABLE r (entity TEXT, entity_id TEXT, seq INTEGER, row TEXT, PRIMARY KEY (entity, entity_id))');
        const upsert = raw.prepare('INSERT INTO r VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, row = excluded.row');
        raw.transaction(() => {
          for (const r of logRows) upsert.run(r.entity, r.entity_id, r.seq, r.row);
        })();
        raw.close();
      }),
    );
    await core.close();
    return printTable('Sync of the 20-year team', rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
