import { describe, expect, it } from 'vitest';
import { seededCore } from '../../test/helpers';
import { RANKED } from './search';

describe('search', () => {
  it('finds minutes, decisions, action items and members without caring for case or Polish letters', async () => {
    const { api, lukasz } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy merytoryczne', 'Sprawy różne'] });
    const [item, other] = (await api.meetings.get({ id: m.id })).agenda;
    await api.agenda.update({ id: item!.id, minutes: 'Omówiono wyjazd do Łodzi.\n\n- przygotować wniosek' });
    const decision = await api.decisions.add({ meetingId: m.id, agendaItemId: other!.id, text: 'Uchwała nr 5 w sprawie ŻŁOBKA została przyjęta.' });
    const task = await api.actionItems.create({ meetingId: m.id, agendaItemId: item!.id, text: 'Zgłosić rodzinę do asystenta rodziny' });

    const lodz = await api.search.query({ q: 'lodz' });
    expect(lodz).toEqual([
      expect.objectContaining({ kind: 'agenda_item', refId: item!.id, meetingId: m.id, meetingNumber: '1/2026', agendaItemId: item!.id }),
    ]);
    expect(lodz[0]!.excerpt).toContain('Łodzi');
    expect((await api.search.query({ q: 'uchwala' })).map((r) => r.refId)).toEqual([decision.id]);
    expect((await api.search.query({ q: 'ZLOBKA uchwal' })).map((r) => r.refId)).toEqual([decision.id]);
    expect((await api.search.query({ q: 'asystent' }))[0]).toMatchObject({ kind: 'action_item', title: '1/2026/1', refId: task.id });
    expect((await api.search.query({ q: 'łukasz' })).map((r) => r.refId)).toEqual([lukasz.id]);
    expect(await api.search.query({ q: '"*' })).toEqual([]);
  });

  it('finds with a person the action items they own (issue 11.12)', async () => {
    const { api, lukasz } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy merytoryczne'] });
    const owned = await api.actionItems.create({ meetingId: m.id, text: 'Zwołać zespół zadaniowy', ownerMemberId: lukasz.id });
    await api.actionItems.create({ meetingId: m.id, text: 'Zadanie kogoś innego' });
    expect((await api.search.query({ q: 'lukasz zolc' })).map((r) => [r.kind, r.refId])).toEqual([
      ['member', lukasz.id],
      ['action_item', owned.id],
    ]);
  });

  it('stays right after edits and deletes', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Punkt'] });
    const item = (await api.meetings.get({ id: m.id })).agenda[0]!;
    await api.agenda.update({ id: item.id, minutes: 'Pierwsza wersja: kuratorka' });
    expect(await api.search.query({ q: 'kuratorka' })).toHaveLength(1);
    await api.agenda.update({ id: item.id, minutes: 'Druga wersja: dzielnicowy' });
    expect(await api.search.query({ q: 'kuratorka' })).toHaveLength(0);
    expect(await api.search.query({ q: 'dzielnicowy' })).toHaveLength(1);
    const decision = await api.decisions.add({ meetingId: m.id, text: 'Skierować do poradni' });
    await api.decisions.remove({ id: decision.id });
    await api.agenda.remove({ id: item.id });
    expect(await api.search.query({ q: 'dzielnicowy' })).toHaveLength(0);
    expect(await api.search.query({ q: 'poradni' })).toHaveLength(0);
  });
});

describe('dashboard', () => {
  it('shows the next meeting, overdue and due-this-week items', async () => {
    const { api, lukasz } = await seededCore({ now: '2026-03-10T10:00:00Z' });
    const past = await api.meetings.create({ date: '2026-02-10' });
    const next = await api.meetings.create({ date: '2026-03-24' });
    await api.meetings.create({ date: '2026-04-07' });
    const late = await api.actionItems.create({ meetingId: past.id, text: 'Spóźnione', ownerMemberId: lukasz.id, dueOn: '2026-03-01' });
    const soon = await api.actionItems.create({ meetingId: past.id, text: 'Na ten tydzień', dueOn: '2026-03-15' });
    await api.actionItems.create({ meetingId: past.id, text: 'Później', dueOn: '2026-05-01' });
    const done = await api.actionItems.create({ meetingId: past.id, text: 'Zrobione', dueOn: '2026-03-02' });
    await api.actionItems.setStatus({ id: done.id, status: 'done' });
    const dashboard = await api.dashboard.get();
    expect(dashboard.today).toBe('2026-03-10');
    expect(dashboard.nextMeeting?.id).toBe(next.id);
    expect(dashboard.overdue.map((i) => i.id)).toEqual([late.id]);
    expect(dashboard.dueThisWeek.map((i) => i.id)).toEqual([soon.id]);
    expect(dashboard.openCount).toBe(3);
    expect(dashboard.recentMeetings.map((m) => m.id)).toEqual([past.id]);
  });
});

describe('member history, bulk close and settings', () => {
  it('lists the meetings a member attended and the items they own', async () => {
    const { api, lukasz } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10' });
    await api.attendance.set({ meetingId: m.id, memberId: lukasz.id, status: 'remote' });
    const item = await api.actionItems.create({ meetingId: m.id, text: 'Zadanie', ownerMemberId: lukasz.id });
    const history = await api.members.history({ id: lukasz.id });
    expect(history.attended).toEqual([{ meeting: expect.objectContaining({ id: m.id, number: '1/2026' }), status: 'remote' }]);
    expect(history.actionItems.map((i) => i.id)).toEqual([item.id]);
    expect([history.attendedTotal, history.actionItemsTotal]).toEqual([1, 1]);
  });

  it('pages a long history, the latest first, and says how much there is (issue 12)', async () => {
    const { api, lukasz } = await seededCore();
    for (const date of ['2026-01-15', '2026-02-15', '2026-03-15']) {
      const m = await api.meetings.create({ date });
      await api.attendance.set({ meetingId: m.id, memberId: lukasz.id, status: 'present' });
    }
    const page = await api.members.history({ id: lukasz.id, limit: 2 });
    expect(page.attended.map((a) => a.meeting.date)).toEqual(['2026-03-15', '2026-02-15']);
    expect(page.attendedTotal).toBe(3);
  });

  it('closes several items in one go, or none when one is unknown', async () => {
    const { api, lastSeq, lukasz, ops } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10' });
    const a = await api.actionItems.create({ meetingId: m.id, text: 'A', ownerMemberId: lukasz.id });
    const b = await api.actionItems.create({ meetingId: m.id, text: 'B' });
    expect((await api.actionItems.list({ institutionId: ops.id })).map((i) => i.id)).toEqual([a.id]);
    const before = lastSeq();
    await expect(api.actionItems.setStatusMany({ ids: [a.id, 'missing'], status: 'done' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(lastSeq()).toBe(before);
    const closed = await api.actionItems.setStatusMany({ ids: [a.id, b.id], status: 'done' });
    expect(closed.map((i) => i.status)).toEqual(['done', 'done']);
  });

  it('keeps the language choice', async () => {
    const { api } = await seededCore();
    expect(await api.settings.get()).toEqual({ language: 'pl' });
    expect(await api.settings.update({ language: 'en' })).toEqual({ language: 'en' });
    expect(await api.settings.get()).toEqual({ language: 'en' });
  });

  it('ranks up to RANKED matches best first; a phrase matching more comes newest first (issue 12)', async () => {
    const { api, core } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    const insert = core.database.sqlite.prepare(
      `INSERT INTO agenda_item (id, meeting_id, position, title, minutes, created_at, updated_at) VALUES (?, ?, ?, 'Sprawy', ?, 'now', 'now')`,
    );
    // The oldest text names the word three times (the best match); the others once, in longer text.
    const add = (i: number) => insert.run(`a-${i}`, m.id, i + 10, i === 0 ? 'wniosek wniosek wniosek' : `Omówiono sprawę, złożono wniosek o pomoc nr ${i}.`);
    for (let i = 0; i < RANKED; i++) add(i);
    expect((await api.search.query({ q: 'wniosek', limit: 3 })).map((r) => r.refId)[0]).toBe('a-0');
    add(RANKED);
    expect((await api.search.query({ q: 'wniosek', limit: 3 })).map((r) => r.refId)).toEqual([`a-${RANKED}`, `a-${RANKED - 1}`, `a-${RANKED - 2}`]);
  });
});
