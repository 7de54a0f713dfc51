import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore } from '../../test/helpers';

describe('action items', () => {
  it('numbers items N/YYYY/k and carries open ones into later meetings', async () => {
    const { api, lukasz, grazyna } = await seededCore({ now: '2026-01-20T09:00:00Z' });
    const first = await api.meetings.create({ date: '2026-01-15' });
    const a = await api.actionItems.create({ meetingId: first.id, text: 'Zwołać ZZK', ownerMemberId: lukasz.id, dueOn: '2026-02-01' });
    const b = await api.actionItems.create({ meetingId: first.id, text: 'Przygotować diagnozę', ownerMemberId: grazyna.id });
    const c = await api.actionItems.create({ meetingId: first.id, text: 'Anulowane zadanie' });
    expect([a.number, b.number, c.number]).toEqual(['1/2026/1', '1/2026/2', '1/2026/3']);
    await api.actionItems.setStatus({ id: c.id, status: 'cancelled' });

    const second = await api.meetings.create({ date: '2026-02-15' });
    expect((await api.actionItems.carriedInto({ meetingId: second.id })).map((x) => x.item.number)).toEqual([
      '1/2026/1',
      '1/2026/2',
    ]);
    const review = await api.actionItems.review({ actionItemId: a.id, meetingId: second.id, note: 'ZZK zwołany 10.02', status: 'done' });
    // The review and the item it closed come back together, so a screen patches both.
    expect(review).toMatchObject({ review: { statusAfter: 'done', note: 'ZZK zwołany 10.02' }, item: { id: a.id, status: 'done', closedOn: second.date } });
    const detail = await api.meetings.get({ id: second.id });
    expect(detail.carriedOver.map((x) => [x.item.number, x.item.status, x.reviews.length])).toEqual([
      ['1/2026/1', 'done', 1],
      ['1/2026/2', 'new', 0],
    ]);
    expect(detail.carriedOver[0]!.item.closedOn).toBe('2026-02-15');

    const third = await api.meetings.create({ date: '2026-03-01' });
    expect((await api.actionItems.carriedInto({ meetingId: third.id })).map((x) => x.item.number)).toEqual(['1/2026/2']);
    // The first meeting itself carries nothing of its own.
    expect((await api.meetings.get({ id: first.id })).carriedOver).toEqual([]);
  });

  it('removes an item added by mistake until approval, never one a later meeting reviewed (issue 11.1)', async () => {
    const { api, lukasz } = await seededCore({ now: '2026-01-20T09:00:00Z' });
    const first = await api.meetings.create({ date: '2026-01-15' });
    const kept = await api.actionItems.create({ meetingId: first.id, text: 'Zwołać ZZK', ownerMemberId: lukasz.id });
    const mistake = await api.actionItems.create({ meetingId: first.id, text: 'Pomyłka' });
    expect(await api.actionItems.remove({ id: mistake.id })).toEqual({ id: mistake.id });
    expect((await api.meetings.get({ id: first.id })).actionItems.map((i) => i.text)).toEqual(['Zwołać ZZK']);
    await expectAppError(api.actionItems.remove({ id: mistake.id }), 'NOT_FOUND');
    // Corrected in place: text, owner, due date.
    expect(await api.actionItems.update({ id: kept.id, text: 'Zwołać ZZK dla rodziny R-07', ownerMemberId: null, dueOn: '2026-02-01' })).toMatchObject({ text: 'Zwołać ZZK dla rodziny R-07', ownerMemberId: null, dueOn: '2026-02-01' });
    const second = await api.meetings.create({ date: '2026-02-15' });
    await api.actionItems.review({ actionItemId: kept.id, meetingId: second.id, note: '', status: 'in_progress' });
    const refused = await expectAppError(api.actionItems.remove({ id: kept.id }), 'ACTION_ITEM_REVIEWED');
    expect(refused.details).toMatchObject({ number: '1/2026/1' });
    const late = await api.actionItems.create({ meetingId: first.id, text: 'Jeszcze jedno' });
    await api.meetings.setStatus({ id: first.id, status: 'held' });
    await api.meetings.setStatus({ id: first.id, status: 'approved' });
    await expectAppError(api.actionItems.remove({ id: late.id }), 'MEETING_LOCKED');
  });

  it('refuses a review at the same or an earlier meeting, and writes nothing', async () => {
    const { api, lastSeq } = await seededCore();
    const earlier = await api.meetings.create({ date: '2026-01-15' });
    const later = await api.meetings.create({ date: '2026-02-15' });
    const item = await api.actionItems.create({ meetingId: later.id, text: 'Zadanie' });
    const before = lastSeq();
    await expectAppError(api.actionItems.review({ actionItemId: item.id, meetingId: later.id, status: 'done' }), 'WRONG_MEETING');
    await expectAppError(api.actionItems.review({ actionItemId: item.id, meetingId: earlier.id, status: 'done' }), 'WRONG_MEETING');
    expect(lastSeq()).toBe(before);
  });

  it('still accepts follow-up of an approved meeting’s items, but not edits of their text', async () => {
    const { api, lukasz } = await seededCore();
    const first = await api.meetings.create({ date: '2026-01-15' });
    const item = await api.actionItems.create({ meetingId: first.id, text: 'Zadanie', ownerMemberId: lukasz.id });
    await api.meetings.setStatus({ id: first.id, status: 'held' });
    await api.meetings.setStatus({ id: first.id, status: 'approved' });
    const second = await api.meetings.create({ date: '2026-02-15' });
    await api.actionItems.review({ actionItemId: item.id, meetingId: second.id, note: 'W toku', status: 'in_progress' });
    await expectAppError(api.actionItems.update({ id: item.id, text: 'Inne' }), 'MEETING_LOCKED');
    expect((await api.actionItems.list({ status: ['in_progress'] })).map((i) => i.id)).toEqual([item.id]);
    // The board is told which items are locked with their meeting (it then offers the status only).
    const open = await api.actionItems.create({ meetingId: second.id, text: 'Nowe' });
    const board = await api.actionItems.list();
    expect(board.map((i) => [i.id, i.originLocked])).toEqual([
      [item.id, true],
      [open.id, false],
    ]);
  });

  it('refuses an owner who has left, and an agenda item of another meeting', async () => {
    const { api, jan } = await seededCore({ now: '2026-06-01T10:00:00Z' });
    await api.members.deactivate({ id: jan.id, leftOn: '2026-01-01' });
    const m = await api.meetings.create({ date: '2026-01-15' });
    const other = await api.meetings.create({ date: '2026-02-15', agenda: ['Inny punkt'] });
    const otherItem = (await api.meetings.get({ id: other.id })).agenda[0]!;
    await expectAppError(api.actionItems.create({ meetingId: m.id, text: 'X', ownerMemberId: jan.id }), 'MEMBER_INACTIVE');
    await expectAppError(api.actionItems.create({ meetingId: m.id, text: 'X', agendaItemId: otherItem.id }), 'WRONG_MEETING');
  });

  it('sets and clears the closing date with the status', async () => {
    const { api } = await seededCore({ now: '2026-03-05T10:00:00Z' });
    const m = await api.meetings.create({ date: '2026-01-15' });
    const item = await api.actionItems.create({ meetingId: m.id, text: 'Zadanie' });
    expect((await api.actionItems.setStatus({ id: item.id, status: 'done' })).closedOn).toBe('2026-03-05');
    expect((await api.actionItems.setStatus({ id: item.id, status: 'in_progress' })).closedOn).toBeNull();
  });
});

describe('cases', () => {
  it('accepts a pseudonym code and refuses one that holds a PESEL-like number', async () => {
    const { api, lastSeq } = await seededCore();
    const c = await api.cases.create({ code: 'RODZ-2026-07', kind: 'family', openedOn: '2026-01-10' });
    expect(c).toMatchObject({ code: 'RODZ-2026-07', kind: 'family', closedOn: null });
    const before = lastSeq();
    const e = await expectAppError(api.cases.create({ code: 'R-44051401458' }), 'CASE_CODE_PERSONAL_DATA');
    expect(e.details?.fields).toEqual({ code: 'pesel' });
    await expectAppError(api.cases.create({ code: 'R-440514 01458' }), 'VALIDATION_FAILED');
    await expectAppError(api.cases.create({ code: 'RODZ-2026-07' }), 'DUPLICATE');
    expect(lastSeq()).toBe(before);
    const closed = await api.cases.close({ id: c.id, closedOn: '2026-06-30', closeReason: 'completed', outcome: 'Sytuacja ustabilizowana' });
    expect(closed.closedOn).toBe('2026-06-30');
  });
});
