// The action plan (issue 16.6): a plan for a period with goals and tasks, adopted by a decision of a named
// meeting; a meeting's action item carries out a plan task; progress (done, on time, late), the schedule by
// month, the summary as PDF and DOCX; what cannot be is refused.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectAppError, pdfText, seededCore } from '../../test/helpers';
import { planProgress, scheduleByMonth } from '../domain/actionPlan';

describe('the action plan', () => {
  it('holds goals and tasks, is adopted at a meeting, counts its progress and prints its schedule', async () => {
    const { api, ops, school } = await seededCore({ now: '2026-05-20T10:00:00Z' });
    const plan = await api.plans.create({ periodFrom: '2026-01-01', periodTo: '2026-12-31' });
    expect(plan.title).toBe('Plan działania Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka na rok 2026');
    const half = await api.plans.create({ periodFrom: '2027-01-01', periodTo: '2027-06-30' });
    expect(half.title).toBe('Plan działania Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka na okres od 1 stycznia 2027 r. do 30 czerwca 2027 r.');
    await expectAppError(api.plans.create({ periodFrom: '2026-06-01', periodTo: '2026-01-01' }), 'VALIDATION_FAILED');

    const goal = 'Wczesne wsparcie rodzin z dziećmi';
    const t1 = await api.plans.addTask({ planId: plan.id, goal, text: 'Diagnoza lokalna potrzeb rodzin', ownerInstitutionId: ops.id, dueOn: '2026-03-31', measure: 'raport z diagnozy' });
    const t2 = await api.plans.addTask({ planId: plan.id, goal, text: 'Spotkania z pedagogami szkół', ownerInstitutionId: school.id, dueOn: '2026-04-30', measure: '2 spotkania' });
    const t3 = await api.plans.addTask({ planId: plan.id, goal: 'Aktywizacja zawodowa', text: 'Dzień otwarty PUP', dueOn: '2026-09-15' });
    await api.plans.addTask({ planId: plan.id, goal: 'Aktywizacja zawodowa', text: 'Warsztaty dla rodziców', dueOn: null });
    await expectAppError(api.plans.addTask({ planId: plan.id, text: 'x', ownerInstitutionId: 'nope' }), 'NOT_FOUND');
    await api.plans.setTaskStatus({ id: t1.id, status: 'done', doneOn: '2026-03-28' });
    await api.plans.setTaskStatus({ id: t3.id, status: 'in_progress' });
    await expectAppError(api.plans.setTaskStatus({ id: t2.id, status: 'done', doneOn: '2026-06-01' }), 'VALIDATION_FAILED');

    // A meeting's action item carries out a plan task; it may be tied after its meeting is approved.
    const m = await api.meetings.create({ date: '2026-02-10', pzkType: 'formalising' });
    const item = await api.actionItems.create({ meetingId: m.id, text: 'Zebrać dane do diagnozy', ownerMemberId: null });
    await expectAppError(api.plans.adopt({ id: half.id, meetingId: m.id }), 'VALIDATION_FAILED');
    const adopted = await api.plans.adopt({ id: plan.id, meetingId: m.id });
    expect(adopted).toMatchObject({ adoptedOn: '2026-02-10', adoptedAtMeetingId: m.id });
    await expectAppError(api.plans.adopt({ id: plan.id, meetingId: m.id }), 'PLAN_ADOPTED');
    const decision = (await api.meetings.get({ id: m.id })).decisions[0]!;
    expect(decision.text).toBe(`Przyjęto ${plan.title}.`);
    await expectAppError(api.decisions.remove({ id: decision.id }), 'PLAN_ADOPTED');
    await api.meetings.setStatus({ id: m.id, status: 'held' });
    await api.meetings.setStatus({ id: m.id, status: 'approved', adoptedAtMeetingId: null });
    const linked = await api.plans.linkActionItem({ actionItemId: item.id, planTaskId: t1.id });
    expect(linked.planTaskId).toBe(t1.id);
    await expectAppError(api.plans.removeTask({ id: t1.id }), 'PLAN_TASK_LINKED');
    await expectAppError(api.plans.remove({ id: plan.id }), 'PLAN_ADOPTED');

    const view = await api.plans.list();
    expect(view.current).toBe(plan.id);
    const current = view.plans.find((p) => p.plan.id === plan.id)!;
    // 4 tasks: 1 done on time; the school's is open past its deadline; two still to come.
    expect(current.progress).toEqual({ total: 4, done: 1, onTime: 1, late: 1, open: 2 });
    expect(current.tasks[0]!.actionItems.map((i) => i.number)).toEqual(['1/2026/1']);

    const text = pdfText((await api.plans.document({ id: plan.id })).bytes);
    expect(text).toContain('PLAN DZIAŁANIA');
    expect(text).toContain('Plan przyjęto na posiedzeniu nr 1/2026 w dniu 10 lutego 2026 r.');
    expect(text).toContain('Stan na dzień 20.05.2026: zadań 4, zrealizowanych 1 (w terminie 1), po terminie 1, w toku 2.');
    expect(text).toContain('Cel 1. Wczesne wsparcie rodzin z dziećmi');
    expect(text).toContain('Zadania z posiedzeń: 1/2026/1');
    expect(text).toContain('zrealizowane (28.03.2026)');
    expect(text).toContain('nowe, po terminie');
    expect(text).toContain('Harmonogram');
    expect(text).toMatch(/wrzesień 2026 .*15\.09\.2026 — Dzień otwarty PUP/);
    const docx = await api.plans.document({ id: plan.id, format: 'docx' });
    expect(docx.fileName).toBe('plan-dzialania_2026-01_2026-12.docx');
    expect(Buffer.from(unzipSync(docx.bytes)['word/document.xml']!).toString()).toContain('Spotkania z pedagogami szkół');

    // A plan not adopted and with no task tied goes; its tasks with it.
    await api.plans.addTask({ planId: half.id, text: 'Zadanie', dueOn: '2027-02-01' });
    await api.plans.remove({ id: half.id });
    expect((await api.plans.list()).plans).toHaveLength(1);
  });

  it('counts done late and open late apart from the rest, and leaves the cancelled out', () => {
    const t = (status: 'new' | 'done' | 'cancelled', dueOn: string | null, doneOn: string | null = null) => ({ status, dueOn, doneOn });
    expect(planProgress([t('done', '2026-03-01', '2026-03-05'), t('done', null, '2026-01-01'), t('new', '2026-01-01'), t('cancelled', '2026-01-01'), t('new', '2026-12-01')], '2026-05-01')).toEqual({
      total: 4,
      done: 2,
      onTime: 1,
      late: 2,
      open: 1,
    });
    const s = scheduleByMonth([{ dueOn: '2026-05-02', position: 2 }, { dueOn: null, position: 1 }, { dueOn: '2026-03-10', position: 3 }]);
    expect(s.map((m) => [m.month, m.tasks.map((x) => x.position)])).toEqual([['2026-03', [3]], ['2026-05', [2]], [null, [1]]]);
  });
});
