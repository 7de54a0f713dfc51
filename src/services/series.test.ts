// Issue 13.3: a series of meetings — "co drugi wtorek o 10:00", "2. i 4. czwartek miesiąca",
// "ostatni piątek" — previewed, then created as planned meetings in date order, all or none.
import { describe, expect, it } from 'vitest';
import { seriesDates } from './seriesDates';
import { expectAppError, seededCore } from '../../test/helpers';

describe('series of meetings', () => {
  it('gives the days of a rule', () => {
    expect(seriesDates({ every: 'twoWeeks', weekday: 1, weeks: [] }, '2026-01-01', '2026-02-28')).toEqual(['2026-01-06', '2026-01-20', '2026-02-03', '2026-02-17']);
    expect(seriesDates({ every: 'week', weekday: 0, weeks: [] }, '2026-01-05', '2026-01-19')).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    expect(seriesDates({ every: 'month', weekday: 3, weeks: [2, 4] }, '2026-01-01', '2026-02-28')).toEqual(['2026-01-08', '2026-01-22', '2026-02-12', '2026-02-26']);
    expect(seriesDates({ every: 'month', weekday: 4, weeks: [-1] }, '2026-01-01', '2026-03-31')).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
    expect(seriesDates({ every: 'week', weekday: 2, weeks: [] }, '2026-03-01', '2026-02-01')).toEqual([]);
  });

  it('creates planned meetings, each numbered only when held, with the agenda; refuses an empty or too long series whole', async () => {
    const { api } = await seededCore();
    const rule = { every: 'month' as const, weekday: 3, weeks: [2 as const, 4 as const] };
    expect(await api.meetings.seriesDates({ rule, from: '2026-01-01', until: '2026-02-28' })).toEqual({ dates: ['2026-01-08', '2026-01-22', '2026-02-12', '2026-02-26'], tooMany: false });
    const created = await api.meetings.createSeries({ rule, from: '2026-01-01', until: '2026-02-28', startTime: '10:00', endTime: '12:00', place: 'Urząd Miejski, sala 12', agenda: ['Otwarcie', 'Sprawy bieżące'] });
    expect(created.map((m) => [m.number, m.date, m.status, m.startTime, m.place])).toEqual([
      [null, '2026-01-08', 'planned', '10:00', 'Urząd Miejski, sala 12'],
      [null, '2026-01-22', 'planned', '10:00', 'Urząd Miejski, sala 12'],
      [null, '2026-02-12', 'planned', '10:00', 'Urząd Miejski, sala 12'],
      [null, '2026-02-26', 'planned', '10:00', 'Urząd Miejski, sala 12'],
    ]);
    // The second one did not take place: the third, held, is 2/2026 (DECISIONS 12).
    await api.meetings.setStatus({ id: created[0]!.id, status: 'held' });
    expect((await api.meetings.setStatus({ id: created[2]!.id, status: 'in_progress' })).number).toBe('2/2026');
    expect((await api.meetings.get({ id: created[3]!.id })).agenda.map((a) => a.title)).toEqual(['Otwarcie', 'Sprawy bieżące']);
    const before = (await api.meetings.list()).length;
    await expectAppError(api.meetings.createSeries({ rule: { every: 'week', weekday: 0, weeks: [] }, from: '2026-01-01', until: '2028-12-31' }), 'VALIDATION_FAILED');
    expect(await api.meetings.seriesDates({ rule: { every: 'week', weekday: 0, weeks: [] }, from: '2026-01-01', until: '2028-12-31' })).toMatchObject({ tooMany: true });
    await expectAppError(api.meetings.createSeries({ rule: { every: 'month', weekday: 0, weeks: [] }, from: '2026-01-01', until: '2026-06-30' }), 'VALIDATION_FAILED');
    await expectAppError(api.meetings.createSeries({ rule: { every: 'week', weekday: 0, weeks: [] }, from: '2026-06-30', until: '2026-06-01' }), 'VALIDATION_FAILED');
    expect((await api.meetings.list()).length).toBe(before);
  });
});
