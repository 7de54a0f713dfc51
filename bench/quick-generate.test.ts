import { describe, expect, it } from 'vitest';
import { testCore } from '../test/helpers';
import { generateTeam } from './generate';

describe('benchmark generator', () => {
  it('makes a consistent team (small size), deterministic for a seed', async () => {
    const { api } = await testCore();
    const result = await generateTeam(api, { years: 2, meetingsPerYear: 3, tasksPerMeeting: 4, seed: 7 });
    const meetings = await api.meetings.list();
    expect(meetings).toHaveLength(6);
    expect(meetings.map((m) => m.number)).toContain('3/2026');
    const items = await api.actionItems.list();
    expect(items).toHaveLength(24);
    const last = await api.meetings.get({ id: result.lastMeetingId });
    expect(last.agenda).toHaveLength(10);
    expect(last.attendance).toHaveLength(16);
    expect(last.carriedOver.length).toBeGreaterThan(0);
    const again = await testCore();
    await generateTeam(again.api, { years: 2, meetingsPerYear: 3, tasksPerMeeting: 4, seed: 7 });
    expect((await again.api.actionItems.list()).map((i) => [i.number, i.status, i.text])).toEqual(items.map((i) => [i.number, i.status, i.text]));
  });
});
