// The write path through `dispatch` beside raw better-sqlite3 doing the same SQL (issue 12): an autosave
// (agenda.update) and an action item create, as ratios to the floor; and the process's memory over
// 10,000 writes with forced GC (flat: ≤ 5 MB of growth once warm).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../src/api/client';
import { openCore } from '../src/core/core';
import { measure, printTable, type Row } from './measure';

const gc = (globalThis as { gc?: () => void }).gc;

export async function writesBench(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-writes-'));
  const missed: Row[] = [];
  try {
    const core = await openCore(dir);
    const api = createClient((method, input) => core.dispatch(method, input));
    await api.team.setUp({ name: 'PZK Benchmark', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
    const meeting = await api.meetings.create({ date: '2026-03-12', agenda: ['Sprawy merytoryczne'] });
    const item = (await api.meetings.get({ id: meeting.id })).agenda[0]!;
    const sqlite = core.database.sqlite;
    // The floor: the statements the app runs for an autosave, prepared once, in one transaction.
    const itemRow = sqlite.prepare('SELECT id, meeting_id FROM agenda_item WHERE id = ?');
    const meetingRow = sqlite.prepare('SELECT id, status FROM meeting WHERE id = ?');
    const update = sqlite.prepare('UPDATE agenda_item SET minutes = ?, updated_at = ? WHERE id = ? RETURNING id, meeting_id, position, title, presenter, minutes, case_id');
    const maxSeq = sqlite.prepare('SELECT max(seq) AS max FROM outbox');
    const outbox = sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('agenda_item', ?, ?, 'upsert')
      ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq, op = excluded.op`);
    const rawWrite = sqlite.transaction((text: string) => {
      const row = itemRow.get(item.id) as { meeting_id: string };
      meetingRow.get(row.meeting_id);
      update.get(text, new Date().toISOString(), item.id);
      const seq = Number((maxSeq.get() as { max: number }).max) + 1;
      outbox.run(item.id, seq);
    });
    let text = '';
    const floor = await measure('raw better-sqlite3: the same update (floor)', 2000, null, async () => rawWrite((text += ' słowo')));
    const autosave = await measure('agenda.update through dispatch (autosave)', 2000, null, () => api.agenda.update({ id: item.id, minutes: (text += ' słowo') }), 1.5);
    missed.push(...printTable('The write path beside raw SQLite', [floor, autosave], floor));

    // Memory: warm up, then 10,000 writes; RSS after a forced GC, before and after.
    for (let i = 0; i < 1000; i++) await api.agenda.update({ id: item.id, minutes: `Notatka ${i % 50}` });
    gc?.();
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 10_000; i++) await api.agenda.update({ id: item.id, minutes: `Notatka ${i % 50}` });
    gc?.();
    const growth = process.memoryUsage().rss - before;
    console.log(`\nMemory over 10,000 autosaves through dispatch: RSS ${growth >= 0 ? '+' : ''}${(growth / 1e6).toFixed(1)} MB${gc ? ' (forced GC)' : ' (run with --expose-gc for a forced GC)'}; target ≤ 5 MB.`);
    if (growth > 5e6) missed.push({ what: 'memory growth over 10,000 writes', n: 10_000, p50: growth, p95: growth, target: 5e6 });
    await core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return missed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missed = await writesBench();
  if (missed.length) process.exitCode = 1;
}
