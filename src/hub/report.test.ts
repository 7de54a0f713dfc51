import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededCore, TEAM, tempDir } from '../../test/helpers';
import { exportBundle, importEnrolment } from '../sync/team';
import { enrolTeam, hubReport, initHub } from './hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from './import';
import { monthlyReport } from './report';
import { hubCsv } from './service';

describe('hub figures per month', () => {
  it('counts meetings held, attendance, sectors and action items; case work is not in a team’s months', async () => {
    const t = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const { api } = t;
    const jan = await api.meetings.create({ date: '2026-01-15' });
    await api.attendance.set({ meetingId: jan.id, memberId: t.lukasz.id, status: 'present' });
    await api.attendance.set({ meetingId: jan.id, memberId: t.grazyna.id, status: 'remote' });
    await api.attendance.set({ meetingId: jan.id, memberId: t.jan.id, status: 'absent' });
    const late = await api.actionItems.create({ meetingId: jan.id, text: 'Po terminie', dueOn: '2026-02-01' });
    const done = await api.actionItems.create({ meetingId: jan.id, text: 'Zrobione', dueOn: '2026-02-01' });
    await api.meetings.setStatus({ id: jan.id, status: 'held' });
    const feb = await api.meetings.create({ date: '2026-02-12' });
    await api.actionItems.review({ actionItemId: done.id, meetingId: feb.id, status: 'done', note: '' });
    await api.meetings.setStatus({ id: feb.id, status: 'held' });
    // A case travels as counts by month, never its row (17.5).
    const c = await api.cases.create({ code: 'R-01', openedOn: '2026-01-10' });
    await api.cases.close({ id: c.id, closedOn: '2026-03-12', closeReason: 'moved_away' });
    // The support the team received travels as sums by month and kind, never its entries.
    await api.support.save({ date: '2026-01-20', kind: 'coaching', hours: 1.5, participants: 8, provider: 'ROPS' });
    await api.support.save({ date: '2026-01-27', kind: 'training', hours: 6, participants: 20, provider: 'ROPS', topic: 'Niebieska Karta' });
    void late;

    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum');
    const enrolment = await enrolTeam(hub, { name: 'PZK', teryt: '1434011' });
    await importEnrolment(t.core.database.db, JSON.stringify(enrolment));
    const bundle = await exportBundle(t.core.database.db, t.core.database.schemaVersion);
    expect(bundle.manifest.aggregates).toEqual({
      support: [
        { month: '2026-01', kind: 'training', sessions: 1, hours: 6, participants: 20 },
        { month: '2026-01', kind: 'coaching', sessions: 1, hours: 1.5, participants: 8 },
      ],
      cases: [
        { month: '2026-01', referred: 1, closed: {}, durations: [] },
        { month: '2026-03', referred: 0, closed: { moved_away: 1 }, durations: [[2, 1]] },
      ],
      taskTeamMeetings: [],
    });
    expect(bundle.manifest.counts).not.toHaveProperty('case');
    expect((await importBundle(hub, bundle.bytes)).accepted).toBe(true);
    const support = { supportSessions: 0, supportHours: 0, supportParticipants: 0 };
    expect(await monthlyReport(hub, enrolment.teamId, '2026-03-20')).toEqual([
      { month: '2026-01', meetingsHeld: 1, attendanceRate: 66.7, sectorsPresent: 2, actionItemsOpened: 2, actionItemsClosed: 0, actionItemsOverdue: 0, supportSessions: 2, supportHours: 7.5, supportParticipants: 28 },
      { month: '2026-02', meetingsHeld: 1, attendanceRate: null, sectorsPresent: 0, actionItemsOpened: 0, actionItemsClosed: 1, actionItemsOverdue: 1, ...support },
    ]);
    // The next bundle's sums replace them whole.
    await api.support.save({ date: '2026-02-03', kind: 'supervision', hours: 2, participants: 5, provider: 'Superwizor' });
    expect((await importBundle(hub, (await exportBundle(t.core.database.db, t.core.database.schemaVersion)).bytes)).accepted).toBe(true);
    expect((await monthlyReport(hub, enrolment.teamId, '2026-03-20'))[1]).toMatchObject({ supportSessions: 1, supportHours: 2, supportParticipants: 5 });
    await hub.close();
  });

  it('shows each team’s stage on the Model’s path from the meetings it reported', async () => {
    const t = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum');
    const enrolment = await enrolTeam(hub, { name: 'PZK', teryt: '1434011' });
    await importEnrolment(t.core.database.db, JSON.stringify(enrolment));
    const send = async () => {
      const bundle = await exportBundle(t.core.database.db, t.core.database.schemaVersion);
      expect((await importBundle(hub, bundle.bytes)).accepted).toBe(true);
      return (await hubReport(hub))[0]!.stage;
    };
    expect(await send()).toBe('not_started');
    const first = await t.api.meetings.create({ date: '2026-01-10', pzkType: 'initiating' });
    await t.api.meetings.setStatus({ id: first.id, status: 'held' });
    // A planned World Café is no step yet.
    await t.api.meetings.create({ date: '2026-04-10', pzkType: 'world_cafe' });
    expect(await send()).toBe('initiated');
    await hub.close();
  });

});

describe('hub figures from hostile stored rows (issue 10.2)', () => {
  it('one team’s rows that are not what their entity allows never break its figures, nor anyone else’s', async () => {
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum');
    const now = '2026-03-20T10:00:00Z';
    const teams = [];
    for (const [name, teryt] of [['=HYPERLINK("http://evil.example")', '1434011'], ['PZK Dobra', '1465011']] as const) {
      const t = await seededCore({ now });
      await t.api.team.update({ ...TEAM, teryt });
      const m = await t.api.meetings.create({ date: '2026-01-15' });
      await t.api.attendance.set({ meetingId: m.id, memberId: t.lukasz.id, status: 'present' });
      await t.api.meetings.setStatus({ id: m.id, status: 'held' });
      const enrolment = await enrolTeam(hub, { name, teryt });
      await importEnrolment(t.core.database.db, JSON.stringify(enrolment));
      expect((await importBundle(hub, (await exportBundle(t.core.database.db, t.core.database.schemaVersion)).bytes)).accepted).toBe(true);
      teams.push(enrolment.teamId);
    }
    const [bad, good] = teams as [string, string];
    const ctx = { hub: async () => hub, now: () => new Date(now) };
    const goodBefore = await monthlyReport(hub, good, '2026-03-20');
    const csvBefore = (await hubCsv(ctx)).bytes;

    // Rows that got into the bad team's store somehow (an older hub, a bug, a hand-edited file).
    const hostile: Array<[string, string, string | null]> = [
      ['meeting', 'm-num', JSON.stringify({ id: 'm-num', kind: 'pzk', year: 2026, seqInYear: 9, date: 20260101, status: 'held' })],
      ['meeting', 'm-null', null],
      ['meeting', 'm-json', '{not json'],
      ['meeting', 'm-array', '[1,2,3]'],
      ['attendance', 'a-orphan', JSON.stringify({ id: 'a-orphan', meetingId: 'nowhere', memberId: 'nobody', guestName: null, guestInstitution: null, status: 'present', substituteName: null })],
      ['action_item', 'i-date', JSON.stringify({ id: 'i-date', originMeetingId: 'nowhere', closedOn: { $gt: 1 }, dueOn: 7 })],
      ['case', 'c-huge', JSON.stringify({ id: 'c-huge', code: 'X'.repeat(5000), kind: 'family', openedOn: '2026-01-01', closedOn: null })],
      ['team', 't-proto', JSON.stringify({ __proto__: { polluted: true }, id: 't-proto' })],
    ];
    const insert = hub.sqlite.prepare('INSERT INTO hub_record (team_id, entity, entity_id, seq, deleted, row, format) VALUES (?, ?, ?, 999, 0, ?, 2)');
    for (const [entity, id, row] of hostile) insert.run(bad, entity, id, row);

    const badMonths = await monthlyReport(hub, bad, '2026-03-20');
    expect(badMonths).toEqual(goodBefore); // the same real data: the hostile rows are skipped
    expect(await monthlyReport(hub, good, '2026-03-20')).toEqual(goodBefore);
    expect((await hubCsv(ctx)).bytes).toEqual(csvBefore);
    const csv = Buffer.from(csvBefore).toString('utf8');
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await hub.close();
  });
});
