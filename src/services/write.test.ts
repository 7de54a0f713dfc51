// The one write path: every write marks the records it touched in the outbox, once each, with the
// seq of its transaction; a failed write leaves no trace; each call's changes go out as one event.
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../domain/types';
import { expectAppError, seededCore } from '../../test/helpers';
import { createRows } from '../db/rows';
import { createServiceContext } from './context';
import { getMeetingRow } from './meetingGuard';
import { write } from './write';

describe('the write path', () => {
  it('gives each transaction one seq and keeps one outbox row per record, whatever the number of writes', async () => {
    const t = await seededCore();
    const m = await t.api.meetings.create({ date: '2026-03-10', agenda: ['Otwarcie', 'Sprawy'] });
    const outbox = () => t.core.database.sqlite.prepare('SELECT entity, entity_id AS id, seq, op FROM outbox WHERE entity IN (?, ?) ORDER BY entity').all('meeting', 'agenda_item') as Array<{ entity: string; id: string; seq: number; op: string }>;
    const created = outbox();
    // The meeting and its agenda items were written in one transaction: one seq.
    expect(new Set(created.map((r) => r.seq)).size).toBe(1);
    const item = (await t.api.meetings.get({ id: m.id })).agenda[1]!;
    for (let i = 0; i < 20; i++) await t.api.agenda.update({ id: item.id, minutes: `Tekst ${i}` });
    const after = outbox();
    expect(after).toHaveLength(3);
    expect(after.find((r) => r.id === item.id)!.seq).toBe(t.lastSeq());
    await t.api.agenda.remove({ id: item.id });
    expect(outbox().find((r) => r.id === item.id)).toMatchObject({ op: 'delete', seq: t.lastSeq() });
    const seq = t.lastSeq();
    await expectAppError(t.api.agenda.update({ id: item.id, minutes: 'x' }), 'NOT_FOUND');
    expect(t.lastSeq()).toBe(seq);
  });

  it('announces what each call changed, with its meeting and the window that asked; reads and refusals announce nothing', async () => {
    const t = await seededCore();
    const events: ChangeEvent[] = [];
    t.core.events.subscribe((e) => events.push(e));
    const created = await t.core.dispatch('meetings.create', { date: '2026-03-10', agenda: ['Sprawy'] }, { origin: 'tab-1' });
    if (!created.ok) throw new Error('create failed');
    const meeting = created.value as { id: string };
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ origin: 'tab-1', reset: false });
    expect(events[0]!.changes.map((c) => [c.entity, c.meetingId])).toEqual([
      ['meeting', meeting.id],
      ['agenda_item', meeting.id],
    ]);
    await t.api.meetings.get({ id: meeting.id });
    await t.api.members.list();
    await expectAppError(t.api.meetings.setStatus({ id: meeting.id, status: 'approved' }), 'INVALID_STATUS_TRANSITION');
    expect(events).toHaveLength(1);
    await t.api.attendance.set({ meetingId: meeting.id, memberId: t.jan.id, status: 'present' });
    expect(events[1]).toMatchObject({ origin: null, changes: [{ entity: 'attendance', meetingId: meeting.id }] });
    await t.api.members.update({ id: t.jan.id, fullName: 'Jan Kowalski', institutionId: t.ops.id, position: 'pracownik socjalny' });
    expect(events[2]!.changes).toEqual([{ entity: 'member', id: t.jan.id, meetingId: null }]);
  });

  it('a read outside a write waits for it: it never sees what the write has not committed (issue 12)', async () => {
    const t = await seededCore();
    const m = await t.api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    const ctx = createServiceContext(t.core.database.db, createRows(t.core.database.sqlite));
    let release!: () => void;
    let updated!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    const written = new Promise<void>((resolve) => (updated = resolve));
    const failing = write(ctx, async (w) => {
      await w.update('meeting', m.id, { place: 'Sala nr 2' });
      updated();
      await paused;
      throw new Error('rolled back');
    });
    await written;
    const read = getMeetingRow(ctx.db, m.id);
    release();
    await expect(failing).rejects.toThrow('rolled back');
    expect((await read).place).not.toBe('Sala nr 2');
  });
});
