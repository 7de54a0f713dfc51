import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore } from '../../test/helpers';

/** A case referred, diagnosed, consented to and with its team of the OPS and the school. */
async function caseWithTeam() {
  const t = await seededCore({ now: '2026-06-15T10:00:00Z' });
  const c = await t.api.cases.create({ code: 'RODZ-01', kind: 'family', openedOn: '2026-01-10', referredByInstitutionId: t.school.id });
  await t.api.cases.diagnose({ id: c.id, diagnosedOn: '2026-01-20', difficulties: ['unemployment', 'parenting_household'] });
  await t.api.cases.recordConsent({ id: c.id, consentOn: '2026-01-25', consentScope: [t.ops.id, t.school.id] });
  await t.api.cases.setTeam({ id: c.id, members: [{ institutionId: t.ops.id, memberId: t.jan.id }, { institutionId: t.school.id, memberId: t.grazyna.id }], leadInstitutionId: t.ops.id });
  return { ...t, c };
}

describe('a case on a pseudonym, end to end', () => {
  it('goes referral → diagnosis → consent → team → plan → reviews at its task team’s meetings → closure', async () => {
    const t = await caseWithTeam();
    const stage = async () => (await t.api.cases.get({ id: t.c.id })).summary.stage;
    expect(await stage()).toBe('team');
    const g1 = await t.api.cases.saveGoal({ caseId: t.c.id, text: 'Podjęcie zatrudnienia przez matkę' });
    const g2 = await t.api.cases.saveGoal({ caseId: t.c.id, text: 'Regularne uczęszczanie dzieci do szkoły' });
    const task = await t.api.cases.saveTask({ goalId: g1.id, text: 'Skierowanie na szkolenie zawodowe', institutionId: t.ops.id, dueOn: '2026-03-31' });
    await t.api.cases.saveTask({ goalId: g2.id, text: 'Cotygodniowa informacja o frekwencji', institutionId: t.school.id, dueOn: '2026-09-30' });
    expect(await stage()).toBe('plan');
    // The task is overdue on 15 June; an action item of the task team's meeting carries it out and closes it.
    expect((await t.api.cases.get({ id: t.c.id })).summary.tasksOverdue).toBe(1);
    const zzk = await t.api.meetings.create({ kind: 'zzk', caseId: t.c.id, date: '2026-04-10', agenda: ['Przegląd planu'] });
    const item = await t.api.actionItems.create({ meetingId: zzk.id, text: 'Zapisać na szkolenie', ownerMemberId: t.jan.id, ipwTaskId: task.id });
    await t.api.actionItems.setStatus({ id: item.id, status: 'done' });
    const afterItem = await t.api.cases.get({ id: t.c.id });
    expect(afterItem.goals[0]!.tasks[0]).toMatchObject({ status: 'done', doneOn: '2026-06-15', overdue: false, actionItems: [{ id: item.id }] });
    expect(afterItem.meetings.map((m) => m.id)).toEqual([zzk.id]);
    // The case's items are followed up at its own task team's next meeting, never in the PZK's minutes.
    const open = await t.api.actionItems.create({ meetingId: zzk.id, text: 'Wizyta dzielnicowego', ownerMemberId: t.jan.id });
    const pzk = await t.api.meetings.create({ kind: 'pzk', date: '2026-05-05', agenda: ['Sprawy bieżące'] });
    expect((await t.api.meetings.get({ id: pzk.id })).carriedOver).toEqual([]);
    const nextZzk = await t.api.meetings.create({ kind: 'zzk', caseId: t.c.id, date: '2026-05-12', agenda: ['Przegląd planu'] });
    expect((await t.api.meetings.get({ id: nextZzk.id })).carriedOver.map((c) => c.item.id)).toEqual([item.id, open.id]);

    await t.api.cases.review({ caseId: t.c.id, meetingId: zzk.id, reviewedOn: '2026-04-10', note: 'Matka rozpoczęła szkolenie.', results: [{ goalId: g1.id, result: 'partial' }] });
    await t.api.cases.review({ caseId: t.c.id, meetingId: null, reviewedOn: '2026-06-01', note: 'Zatrudnienie od czerwca.', results: [{ goalId: g1.id, result: 'achieved' }, { goalId: g2.id, result: 'achieved' }] });
    const reviewed = await t.api.cases.get({ id: t.c.id });
    expect(reviewed.summary.stage).toBe('review');
    expect(reviewed.goals.map((g) => g.result)).toEqual(['achieved', 'achieved']);

    const closed = await t.api.cases.close({ id: t.c.id, closedOn: '2026-06-10', closeReason: 'completed' });
    expect(closed).toMatchObject({ closedOn: '2026-06-10', closeReason: 'completed' });
    const list = await t.api.cases.list();
    expect(list[0]).toMatchObject({ stage: 'closed', months: 5, goals: 2, goalsAchieved: 2 });
  });

  it('lists the open cases first, by code (RODZ-2 before RODZ-10), then the closed ones, the latest closed first', async () => {
    const t = await seededCore({ now: '2026-06-15T10:00:00Z' });
    const make = (code: string) => t.api.cases.create({ code, kind: 'family', openedOn: '2026-01-10', referredByInstitutionId: t.ops.id });
    const [a, , , d] = [await make('RODZ-1'), await make('RODZ-10'), await make('RODZ-2'), await make('OS-5')];
    await t.api.cases.close({ id: a!.id, closedOn: '2026-03-01', closeReason: 'resigned' });
    await t.api.cases.close({ id: d!.id, closedOn: '2026-05-01', closeReason: 'moved_away' });
    expect((await t.api.cases.list()).map((s) => s.case.code)).toEqual(['RODZ-2', 'RODZ-10', 'OS-5', 'RODZ-1']);
  });

  it('refuses, with nothing written: a task for an institution that left, a closure before the referral, a review after closure', async () => {
    const t = await caseWithTeam();
    const goal = await t.api.cases.saveGoal({ caseId: t.c.id, text: 'Cel' });
    // The school's only member leaves: it no longer works in the team.
    await t.api.members.deactivate({ id: t.grazyna.id, leftOn: '2026-05-31' });
    const before = t.lastSeq();
    const left = await expectAppError(t.api.cases.saveTask({ goalId: goal.id, text: 'Zadanie', institutionId: t.school.id }), 'VALIDATION_FAILED');
    expect(left.details?.fields).toEqual({ institutionId: 'institution_left' });
    const outside = await expectAppError(t.api.cases.saveTask({ goalId: goal.id, text: 'Zadanie', institutionId: 'no-such' }), 'VALIDATION_FAILED');
    expect(outside.details?.fields).toEqual({ institutionId: 'not_in_team' });
    const early = await expectAppError(t.api.cases.close({ id: t.c.id, closedOn: '2026-01-01', closeReason: 'resigned' }), 'VALIDATION_FAILED');
    expect(early.details?.fields).toEqual({ closedOn: 'before_referral' });
    expect(t.lastSeq()).toBe(before);

    await t.api.cases.close({ id: t.c.id, closedOn: '2026-06-01', closeReason: 'resigned' });
    const after = await expectAppError(t.api.cases.review({ caseId: t.c.id, meetingId: null, reviewedOn: '2026-06-05', note: 'Po zamknięciu', results: [] }), 'CASE_CLOSED');
    expect(after.details?.fields).toEqual({ reviewedOn: 'after_closure' });
    await expectAppError(t.api.cases.close({ id: t.c.id, closedOn: '2026-06-02', closeReason: 'other' }), 'CASE_CLOSED');
  });

  it('a consent withdrawn mid-plan stops new entries and says so; the case can still be closed for that reason', async () => {
    const t = await caseWithTeam();
    const goal = await t.api.cases.saveGoal({ caseId: t.c.id, text: 'Cel' });
    await expectAppError(t.api.cases.withdrawConsent({ id: t.c.id, withdrawnOn: '2026-01-20' }), 'VALIDATION_FAILED');
    await t.api.cases.withdrawConsent({ id: t.c.id, withdrawnOn: '2026-05-02' });
    const before = t.lastSeq();
    for (const attempt of [
      t.api.cases.saveGoal({ caseId: t.c.id, text: 'Nowy cel' }),
      t.api.cases.saveTask({ goalId: goal.id, text: 'Zadanie', institutionId: t.ops.id }),
      t.api.cases.review({ caseId: t.c.id, meetingId: null, reviewedOn: '2026-05-10', note: 'Przegląd', results: [] }),
      t.api.cases.setTeam({ id: t.c.id, members: [{ institutionId: t.ops.id, memberId: null }], leadInstitutionId: t.ops.id }),
      t.api.meetings.create({ kind: 'zzk', caseId: t.c.id, date: '2026-06-20', agenda: ['Przegląd'] }),
    ]) {
      await expectAppError(attempt, 'CASE_CONSENT_WITHDRAWN');
    }
    expect(t.lastSeq()).toBe(before);
    expect((await t.api.cases.get({ id: t.c.id })).block).toBe('consent_withdrawn');
    expect(await t.api.cases.close({ id: t.c.id, closedOn: '2026-05-02', closeReason: 'consent_withdrawn' })).toMatchObject({ closeReason: 'consent_withdrawn' });
  });

  it('the team needs a consent that covers each institution; the diagnosis says what "inne" is', async () => {
    const t = await seededCore({ now: '2026-06-15T10:00:00Z' });
    const c = await t.api.cases.create({ code: 'OS-02', kind: 'person', openedOn: '2026-02-01' });
    const other = await expectAppError(t.api.cases.diagnose({ id: c.id, diagnosedOn: '2026-02-03', difficulties: ['other'] }), 'VALIDATION_FAILED');
    expect(other.details?.fields).toEqual({ otherDifficulty: 'required' });
    await expectAppError(t.api.cases.diagnose({ id: c.id, diagnosedOn: '2026-01-03', difficulties: ['poverty'] }), 'VALIDATION_FAILED');
    await expectAppError(t.api.cases.setTeam({ id: c.id, members: [{ institutionId: t.ops.id, memberId: null }], leadInstitutionId: t.ops.id }), 'CASE_NO_CONSENT');
    await t.api.cases.recordConsent({ id: c.id, consentOn: '2026-02-05', consentScope: [t.ops.id] });
    const scope = await expectAppError(t.api.cases.setTeam({ id: c.id, members: [{ institutionId: t.school.id, memberId: null }], leadInstitutionId: t.school.id }), 'VALIDATION_FAILED');
    expect(scope.details?.fields).toEqual({ 'members.0.institutionId': 'not_in_consent' });
    const wrong = await expectAppError(t.api.cases.setTeam({ id: c.id, members: [{ institutionId: t.ops.id, memberId: t.grazyna.id }], leadInstitutionId: t.ops.id }), 'VALIDATION_FAILED');
    expect(wrong.details?.fields).toEqual({ 'members.0.memberId': 'other_institution' });
    await t.api.cases.setTeam({ id: c.id, members: [{ institutionId: t.ops.id, memberId: t.jan.id }], leadInstitutionId: t.ops.id });
    const narrower = await expectAppError(t.api.cases.recordConsent({ id: c.id, consentOn: '2026-02-05', consentScope: [t.school.id] }), 'VALIDATION_FAILED');
    expect(narrower.details?.fields).toEqual({ consentScope: 'team_outside_consent' });
  });
});
