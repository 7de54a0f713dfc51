// Issue 17.3: the task teams' report for a PZK meeting — counts across cases since the previous PZK meeting,
// each case as it stood on the meeting's day, and never a case's code.
import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore, TEAM } from '../../test/helpers';

async function teams() {
  const t = await seededCore({ now: '2026-06-15T10:00:00Z' });
  const { api, ops, school, jan, grazyna } = t;
  const pzk1 = await api.meetings.create({ kind: 'pzk', date: '2026-03-05' });
  await api.meetings.setStatus({ id: pzk1.id, status: 'held' });
  const pzk2 = await api.meetings.create({ kind: 'pzk', date: '2026-06-15' });

  // RODZ-01: a plan with two goals, reviewed twice since the first PZK meeting; one task past its deadline.
  const a = await api.cases.create({ code: 'RODZ-01', kind: 'family', openedOn: '2026-01-10', referredByInstitutionId: school.id });
  await api.cases.diagnose({ id: a.id, diagnosedOn: '2026-01-20', difficulties: ['unemployment'] });
  await api.cases.recordConsent({ id: a.id, consentOn: '2026-01-25', consentScope: [ops.id, school.id] });
  await api.cases.setTeam({ id: a.id, members: [{ institutionId: ops.id, memberId: jan.id }, { institutionId: school.id, memberId: grazyna.id }], leadInstitutionId: ops.id });
  const g1 = await api.cases.saveGoal({ caseId: a.id, text: 'Zatrudnienie matki' });
  const g2 = await api.cases.saveGoal({ caseId: a.id, text: 'Frekwencja dzieci w szkole' });
  await api.cases.saveTask({ goalId: g1.id, text: 'Skierowanie na szkolenie', institutionId: ops.id, dueOn: '2026-04-30' });
  await api.cases.saveTask({ goalId: g2.id, text: 'Informacja o frekwencji', institutionId: school.id, dueOn: '2026-09-30' });
  const early = await api.meetings.create({ kind: 'zzk', caseId: a.id, date: '2026-02-10' });
  await api.meetings.setStatus({ id: early.id, status: 'held' });
  const zzk = await api.meetings.create({ kind: 'zzk', caseId: a.id, date: '2026-04-10' });
  await api.meetings.setStatus({ id: zzk.id, status: 'held' });
  await api.meetings.create({ kind: 'zzk', caseId: a.id, date: '2026-06-20' });
  await api.cases.review({ caseId: a.id, meetingId: zzk.id, reviewedOn: '2026-04-10', note: 'Matka na szkoleniu.', results: [{ goalId: g1.id, result: 'partial' }] });
  await api.cases.review({ caseId: a.id, meetingId: null, reviewedOn: '2026-06-01', note: 'Praca od czerwca.', results: [{ goalId: g1.id, result: 'achieved' }, { goalId: g2.id, result: 'not_achieved' }] });

  // RODZ-02 closed since the first PZK meeting, RODZ-03 before it (reported then), RODZ-04 just referred.
  const b = await api.cases.create({ code: 'RODZ-02', kind: 'family', openedOn: '2026-02-01', referredByInstitutionId: ops.id });
  await api.cases.close({ id: b.id, closedOn: '2026-05-01', closeReason: 'resigned' });
  const c = await api.cases.create({ code: 'RODZ-03', kind: 'person', openedOn: '2026-01-05', referredByInstitutionId: ops.id });
  await api.cases.close({ id: c.id, closedOn: '2026-02-20', closeReason: 'moved_away' });
  await api.cases.create({ code: 'RODZ-04', kind: 'family', openedOn: '2026-06-01', referredByInstitutionId: school.id });
  return { ...t, pzk1, pzk2, zzk };
}

describe('the task teams’ report for a PZK meeting', () => {
  it('counts the cases by stage, the closures, the meetings, the goals reviewed and the tasks overdue since the previous PZK meeting', async () => {
    const { api, pzk2 } = await teams();
    const report = await api.cases.pzkReport({ meetingId: pzk2.id });
    expect(report).toMatchObject({ from: '2026-03-05', to: '2026-06-15' });
    expect(report.counts).toEqual({
      byStage: { referred: 1, diagnosed: 0, consent: 0, team: 0, plan: 0, review: 1, closed: 1 },
      open: 2,
      meetings: 1,
      goalsReviewed: 2,
      results: { achieved: 1, partial: 0, not_achieved: 1 },
      tasksOverdue: 1,
    });
    expect(report.text).toBe(
      'Informacja o pracy zadaniowych zespołów kooperacyjnych (ZZK) od 05.03.2026 do 15.06.2026 (liczby spraw, bez ich kodów): ' +
        'sprawy w toku: 2 (zgłoszona — 1, po przeglądzie planu — 1); sprawy zamknięte w okresie: 1; posiedzenia ZZK w okresie: 1; ' +
        'cele przejrzane w okresie: 2 (osiągnięty: 1, osiągnięty częściowo: 0, nieosiągnięty: 1); zadania po terminie: 1.',
    );
    expect(report.text).not.toMatch(/RODZ/);
  });

  it('for the first PZK meeting counts everything up to its day, each case as it stood then', async () => {
    const { api, pzk1 } = await teams();
    const report = await api.cases.pzkReport({ meetingId: pzk1.id });
    expect(report.from).toBeNull();
    // On 5 March: RODZ-01 had its plan, not yet reviewed; RODZ-02 was open; RODZ-03 closed; RODZ-04 not referred.
    expect(report.counts).toEqual({
      byStage: { referred: 1, diagnosed: 0, consent: 0, team: 0, plan: 1, review: 0, closed: 1 },
      open: 2,
      meetings: 1,
      goalsReviewed: 0,
      results: { achieved: 0, partial: 0, not_achieved: 0 },
      tasksOverdue: 0,
    });
    expect(report.text).toContain('do 05.03.2026 (liczby spraw, bez ich kodów): sprawy w toku: 2 (zgłoszona — 1, plan w realizacji — 1);');
    expect(report.text).toContain('cele przejrzane w okresie: 0;');
  });

  it('speaks the model’s words, and refuses a meeting that is not the PZK’s', async () => {
    const { api, pzk2, zzk } = await teams();
    await api.team.update({ ...TEAM, modelType: 'wiejska' });
    const rural = await api.cases.pzkReport({ meetingId: pzk2.id });
    expect(rural.text).toMatch(/^Informacja o pracy zespołów do spraw indywidualnych programów współpracy \(IPW\) od 05\.03\.2026/);
    expect(rural.text).toContain('posiedzenia zespołu ds. IPW w okresie: 1;');
    const wrong = await expectAppError(api.cases.pzkReport({ meetingId: zzk.id }), 'VALIDATION_FAILED');
    expect(wrong.details?.fields).toEqual({ meetingId: 'not_pzk_meeting' });
    await expectAppError(api.cases.pzkReport({ meetingId: 'no-such' }), 'NOT_FOUND');
  });
});
