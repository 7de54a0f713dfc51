import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore } from '../../test/helpers';

const STANDARD = ['Otwarcie', 'Przyjęcie porządku obrad', 'Sprawy różne'];

describe('meetings', () => {
  it('numbers meetings per kind and year when they are held, never while only planned (DECISIONS 12)', async () => {
    const { api } = await seededCore();
    const a = await api.meetings.create({ date: '2026-01-15', agenda: STANDARD });
    const skipped = await api.meetings.create({ date: '2026-02-01' });
    const b = await api.meetings.create({ date: '2026-02-15' });
    const z = await api.meetings.create({ date: '2026-02-20', kind: 'zzk' });
    const c = await api.meetings.create({ date: '2027-01-10' });
    expect([a, skipped, b, z, c].map((m) => [m.number, m.seqInYear])).toEqual(Array(5).fill([null, null]));
    // Held in turn: started, marked held, or a first action item recorded at it (its number holds the meeting's).
    expect((await api.meetings.setStatus({ id: a.id, status: 'in_progress' })).number).toBe('1/2026');
    expect((await api.meetings.setStatus({ id: b.id, status: 'held' })).number).toBe('2/2026');
    expect((await api.actionItems.create({ meetingId: z.id, text: 'Zwołać zespół' })).number).toBe('1/2026/ZZK/1');
    await api.meetings.setStatus({ id: c.id, status: 'in_progress' });
    expect((await api.meetings.list({ year: 2026 })).map((m) => [m.date, m.number, m.status])).toEqual([
      ['2026-02-20', '1/2026', 'planned'],
      ['2026-02-15', '2/2026', 'held'],
      ['2026-02-01', null, 'planned'],
      ['2026-01-15', '1/2026', 'in_progress'],
    ]);
    expect((await api.meetings.get({ id: c.id })).meeting.number).toBe('1/2027');
    // A number once given stays: moving on, or a new date in the same year, keeps it.
    await api.meetings.setStatus({ id: a.id, status: 'held' });
    expect((await api.meetings.update({ id: a.id, date: '2026-01-16' })).number).toBe('1/2026');
    // The meeting planned but never held leaves no gap: the next one held is 3/2026.
    const d = await api.meetings.create({ date: '2026-03-10' });
    expect((await api.meetings.setStatus({ id: d.id, status: 'in_progress' })).number).toBe('3/2026');
    const detail = await api.meetings.get({ id: a.id });
    expect(detail.agenda.map((i) => [i.position, i.title])).toEqual([
      [1, 'Otwarcie'],
      [2, 'Przyjęcie porządku obrad'],
      [3, 'Sprawy różne'],
    ]);
  });

  it('lists a year at a time, the latest first, and the years there are (issue 12)', async () => {
    const { api } = await seededCore();
    for (const [date, kind] of [['2025-11-05', 'pzk'], ['2026-01-15', 'pzk'], ['2026-02-05', 'zzk'], ['2026-03-05', 'pzk']] as const) await api.meetings.create({ date, kind });
    expect(await api.meetings.years()).toEqual([
      { year: 2026, count: 3 },
      { year: 2025, count: 1 },
    ]);
    expect((await api.meetings.list({ year: 2026 })).map((m) => m.date)).toEqual(['2026-03-05', '2026-02-05', '2026-01-15']);
    expect((await api.meetings.list({ kind: 'zzk', limit: 1 })).map((m) => m.date)).toEqual(['2026-02-05']);
    expect((await api.meetings.list({ kind: 'pzk', limit: 1 })).map((m) => m.number)).toEqual([null]);
  });

  it('validates date, time and link', async () => {
    const { api, lastSeq } = await seededCore();
    const before = lastSeq();
    const error = await expectAppError(
      api.meetings.create({ date: '15.01.2026', startTime: '25:00', onlineUrl: 'javascript:alert(1)' }),
      'VALIDATION_FAILED',
    );
    expect(error.details?.fields).toEqual({ date: 'invalid_date', startTime: 'invalid_time', onlineUrl: 'invalid_url' });
    expect(lastSeq()).toBe(before);
  });

  it('follows planned → in progress → held → approved and refuses other moves', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-01-15' });
    await expectAppError(api.meetings.setStatus({ id: m.id, status: 'approved' }), 'INVALID_STATUS_TRANSITION');
    await api.meetings.setStatus({ id: m.id, status: 'in_progress' });
    await api.meetings.setStatus({ id: m.id, status: 'held' });
    expect((await api.meetings.setStatus({ id: m.id, status: 'approved' })).status).toBe('approved');
  });

  it('locks an approved meeting: every edit is refused and nothing is written', async () => {
    const { api, lukasz, lastSeq } = await seededCore();
    const m = await api.meetings.create({ date: '2026-01-15', agenda: STANDARD });
    const detail = await api.meetings.get({ id: m.id });
    const item = detail.agenda[0]!;
    const decision = await api.decisions.add({ meetingId: m.id, text: 'Ustalono termin.' });
    const action = await api.actionItems.create({ meetingId: m.id, text: 'Przygotować raport', ownerMemberId: lukasz.id });
    await api.meetings.setStatus({ id: m.id, status: 'held' });
    await api.meetings.setStatus({ id: m.id, status: 'approved' });
    const before = lastSeq();
    const attempts: Array<Promise<unknown>> = [
      api.meetings.update({ id: m.id, date: '2026-01-16' }),
      api.meetings.setStatus({ id: m.id, status: 'held' }),
      api.agenda.add({ meetingId: m.id, title: 'Nowy punkt' }),
      api.agenda.update({ id: item.id, minutes: 'Dopisane po zatwierdzeniu' }),
      api.agenda.reorder({ meetingId: m.id, orderedIds: [...detail.agenda].reverse().map((i) => i.id) }),
      api.agenda.remove({ id: item.id }),
      api.attendance.set({ meetingId: m.id, memberId: lukasz.id, status: 'present' }),
      api.attendance.addGuest({ meetingId: m.id, guestName: 'Gość' }),
      api.decisions.add({ meetingId: m.id, text: 'Nowe ustalenie' }),
      api.decisions.update({ id: decision.id, text: 'Zmienione' }),
      api.decisions.remove({ id: decision.id }),
      api.actionItems.create({ meetingId: m.id, text: 'Zadanie' }),
      api.actionItems.update({ id: action.id, text: 'Zmienione zadanie' }),
    ];
    for (const attempt of attempts) await expectAppError(attempt, 'MEETING_LOCKED');
    expect(lastSeq()).toBe(before);
  });

  it('reorders and removes agenda items, keeping positions dense', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-01-15', agenda: STANDARD });
    const [a, b, c] = (await api.meetings.get({ id: m.id })).agenda;
    const reordered = await api.agenda.reorder({ meetingId: m.id, orderedIds: [c!.id, a!.id, b!.id] });
    expect(reordered.map((i) => i.title)).toEqual(['Sprawy różne', 'Otwarcie', 'Przyjęcie porządku obrad']);
    await expectAppError(api.agenda.reorder({ meetingId: m.id, orderedIds: [a!.id, b!.id] }), 'VALIDATION_FAILED');
    const d = await api.decisions.add({ meetingId: m.id, agendaItemId: a!.id, text: 'Otwarto posiedzenie.' });
    await api.agenda.remove({ id: a!.id });
    const after = await api.meetings.get({ id: m.id });
    expect(after.agenda.map((i) => [i.position, i.title])).toEqual([
      [1, 'Sprawy różne'],
      [2, 'Przyjęcie porządku obrad'],
    ]);
    expect(after.decisions).toEqual([{ ...d, agendaItemId: null }]);
  });

  it('keeps the minutes text exactly as typed', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-01-15', agenda: ['Sprawy merytoryczne'] });
    const item = (await api.meetings.get({ id: m.id })).agenda[0]!;
    const minutes = 'Zespół omówił sytuację.\n\n- punkt pierwszy „cytat”\n- punkt drugi – myślnik\n\nŻółć, źdźbło, Łódź.';
    await api.agenda.update({ id: item.id, minutes });
    expect((await api.meetings.get({ id: m.id })).agenda[0]!.minutes).toBe(minutes);
  });

  it('records attendance of members and guests', async () => {
    const { api, lukasz, grazyna } = await seededCore();
    const m = await api.meetings.create({ date: '2026-01-15' });
    await api.attendance.set({ meetingId: m.id, memberId: lukasz.id, status: 'present' });
    await api.attendance.set({ meetingId: m.id, memberId: lukasz.id, status: 'remote' });
    await api.attendance.set({ meetingId: m.id, memberId: grazyna.id, status: 'excused', substituteName: 'Anna Nowak' });
    const guest = await api.attendance.addGuest({ meetingId: m.id, guestName: 'Dr Maria Wiśniewska', guestInstitution: 'SP ZOZ' });
    const rows = (await api.meetings.get({ id: m.id })).attendance;
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.memberId === lukasz.id)?.status).toBe('remote');
    expect(rows.find((r) => r.memberId === grazyna.id)?.substituteName).toBe('Anna Nowak');
    await api.attendance.remove({ id: guest.id });
    expect((await api.meetings.get({ id: m.id })).attendance).toHaveLength(2);
    await expectAppError(api.attendance.set({ meetingId: m.id, memberId: 'ghost', status: 'present' }), 'NOT_FOUND');
  });
});
