// The write path through `dispatch` beside raw better-sqlite3 doing the same SQL (issue 12): an autosave
// (agenda.update), an action item create and the open items' list, as ratios to their floors; and the
// process's memory over 10,000 writes with forced GC (flat: ≤ 5 MB of growth once warm).
// App and floor run interleaved, call by call, on the same data sizes: the minutes grow as they are
// typed, and the FTS index costs more for a longer text, so a floor measured first would look cheaper.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient } from '../src/api/client';
import { openCore } from '../src/core/core';
import { interleaved, printTable, type Row } from './measure';

const gc = (globalThis as { gc?: () => void }).gc;

export async function writesBench(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-writes-'));
  const missed: Row[] = [];
  try {
    const core = await openCore(dir);
    const api = createClient((method, input) => core.dispatch(method, input));
    await api.team.setUp({ name: 'PZK Benchmark', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
    const institution = await api.institutions.create({ name: 'OPS', sector: 'social_assistance' });
    const member = await api.members.create({ fullName: 'Anna Nowak', institutionId: institution.id });
    const meeting = await api.meetings.create({ date: '2026-03-12', agenda: ['Sprawy merytoryczne', 'Sprawy różne'] });
    const [appItem, rawItem] = (await api.meetings.get({ id: meeting.id })).agenda;
    const sqlite = core.database.sqlite;

    // The floors: the statements the app runs, prepared once, each write in one transaction.
    const itemRow = sqlite.prepare('SELECT id, meeting_id FROM agenda_item WHERE id = ?');
    const meetingRow = sqlite.prepare('SELECT id, status FROM meeting WHERE id = ?');
    const update = sqlite.prepare('UPDATE agenda_item SET minutes = ?, updated_at = ? WHERE id = ? RETURNING id, meeting_id, position, title, presenter, minutes, case_id');
    const maxSeq = sqlite.prepare('SELECT max(seq) AS max FROM outbox');
    const outbox = sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES (?, ?, ?, 'upsert')
      ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq, op = excluded.op`);
    const rawAutosave = sqlite.transaction((text: string) => {
      const row = itemRow.get(rawItem!.id) as { meeting_id: string };
      meetingRow.get(row.meeting_id);
      update.get(text, new Date().toISOString(), rawItem!.id);
      outbox.run('agenda_item', rawItem!.id, Number((maxSeq.get() as { max: number }).max) + 1);
    });
    const memberRow = sqlite.prepare('SELECT * FROM member WHERE id = ?');
    const meetingFull = sqlite.prepare('SELECT * FROM meeting WHERE id = ?');
    const lastSeq = sqlite.prepare('SELECT max(seq_in_meeting) AS max FROM action_item WHERE origin_meeting_id = ?');
    const insertItem = sqlite.prepare(`INSERT INTO action_item (id, origin_meeting_id, seq_in_meeting, number, agenda_item_id, text, owner_member_id, due_on, status, closed_on, created_at, updated_at)
      VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, 'new', NULL, ?, ?) RETURNING *`);
    const rawCreate = sqlite.transaction((text: string) => {
      meetingFull.get(meeting.id);
      memberRow.get(member.id);
      const seq = Number((lastSeq.get(meeting.id) as { max: number | null }).max ?? 0) + 1;
      const now = new Date().toISOString();
      const id = randomUUID();
      insertItem.get(id, meeting.id, seq, `r${seq}`, text, member.id, now, now);
      outbox.run('action_item', id, Number((maxSeq.get() as { max: number }).max) + 1);
    });
    const openItems = sqlite.prepare(`SELECT a.*, m.status AS origin_status FROM action_item a JOIN meeting m ON m.id = a.origin_meeting_id
      WHERE a.status IN ('new', 'in_progress') ORDER BY a.created_at`);

    let text = '';
    const [floor, autosave] = await interleaved(2000, ['raw better-sqlite3: the same update (floor)', 'agenda.update through dispatch (autosave)'], [
      async () => {
        text += ' słowo';
        rawAutosave(text);
      },
      () => api.agenda.update({ id: appItem!.id, minutes: text }),
    ]);
    const [createFloor, create] = await interleaved(1000, ['raw better-sqlite3: insert an action item (floor)', 'actionItems.create through dispatch'], [
      async (i) => rawCreate(`Zadanie ${i}`),
      (i) => api.actionItems.create({ meetingId: meeting.id, text: `Zadanie ${i}`, ownerMemberId: member.id }),
    ]);
    const [listFloor, list] = await interleaved(200, ['raw better-sqlite3: the open items (floor)', 'actionItems.list (open items, 2,000)'], [
      async () => openItems.all(),
      () => api.actionItems.list({ status: ['new', 'in_progress'] }),
    ]);
    autosave!.targetRatio = 1.5;
    create!.targetRatio = 1.5;
    list!.targetRatio = 1.5;
    missed.push(...printTable('The write path beside raw SQLite: autosave', [floor!, autosave!], floor));
    missed.push(...printTable('The write path beside raw SQLite: a new action item', [createFloor!, create!], createFloor));
    missed.push(...printTable('A list beside raw SQLite: the open action items', [listFloor!, list!], listFloor));

    // Memory: warm up, then 10,000 writes; RSS after a forced GC, before and after.
    for (let i = 0; i < 1000; i++) await api.agenda.update({ id: appItem!.id, minutes: `Notatka ${i % 50}` });
    gc?.();
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 10_000; i++) await api.agenda.update({ id: appItem!.id, minutes: `Notatka ${i % 50}` });
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
