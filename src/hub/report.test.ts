import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededCore, tempDir } from '../../test/helpers';
import { exportBundle, importEnrolment } from '../sync/team';
import { enrolTeam, initHub, openHub } from './hub';
import { importBundle } from './import';
import { monthlyReport, suppressSmall } from './report';

describe('hub figures per month', () => {
  it('counts meetings held, attendance, sectors and action items; suppresses small case counts', async () => {
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
    await api.cases.create({ code: 'R-01', openedOn: '2026-01-10' });
    void late;

    const hub = await openHub(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum');
    const enrolment = await enrolTeam(hub, { name: 'PZK', teryt: '1434011' });
    await importEnrolment(t.core.database.db, JSON.stringify(enrolment));
    const bundle = await exportBundle(t.core.database.db, t.core.database.schemaVersion);
    expect((await importBundle(hub, bundle.bytes)).accepted).toBe(true);
    expect(await monthlyReport(hub, enrolment.teamId, '2026-03-20')).toEqual([
      { month: '2026-01', meetingsHeld: 1, attendanceRate: 66.7, sectorsPresent: 2, actionItemsOpened: 2, actionItemsClosed: 0, actionItemsOverdue: 0, casesOpened: '<3' },
      { month: '2026-02', meetingsHeld: 1, attendanceRate: null, sectorsPresent: 0, actionItemsOpened: 0, actionItemsClosed: 1, actionItemsOverdue: 1, casesOpened: 0 },
    ]);
    await hub.close();
  });

  it('suppresses 1 and 2, not 0 or 3', () => {
    expect([0, 1, 2, 3, 10].map(suppressSmall)).toEqual([0, '<3', '<3', 3, 10]);
  });
});
