// The demo team's case work (issue 17.7): eight cases on pseudonyms, one at each stage and two closed, with the
// meetings of their task teams, reviews and an action item that carries out an IPW task.
import type { ApiClient } from '../api/client';
import type { CaseDifficulty, CaseStage, CloseReason, GoalResult } from '../domain/cases';
import type { IpwGoal, IpwTask } from '../domain/caseTypes';
import type { CaseKind } from '../domain/enums';

interface DemoCase {
  code: string;
  kind: CaseKind;
  /** How far it got (closed cases carry their reason). */
  upTo: CaseStage;
  reason?: CloseReason;
  openedOn: string;
  /** Institution indices of the demo: who referred it, who is in its team (the first leads). */
  referredBy: number;
  team: number[];
  difficulties: CaseDifficulty[];
  goals: Array<{ text: string; tasks: Array<[text: string, institution: number, dueOn: string]> }>;
  /** The task team's meetings, with the review made at each: [date, note, results by goal]. */
  meetings: Array<[date: string, note: string, results: GoalResult[]]>;
  closedOn?: string;
}

const CASES: DemoCase[] = [
  { code: 'RODZ-2026-01', kind: 'family', upTo: 'referred', openedOn: '2026-11-12', referredBy: 2, team: [], difficulties: [], goals: [], meetings: [] },
  { code: 'RODZ-2026-02', kind: 'family', upTo: 'diagnosed', openedOn: '2026-10-20', referredBy: 3, team: [], difficulties: ['domestic_violence', 'addiction'], goals: [], meetings: [] },
  { code: 'OS-2026-03', kind: 'person', upTo: 'consent', openedOn: '2026-10-01', referredBy: 5, team: [0, 5], difficulties: ['unemployment', 'homelessness'], goals: [], meetings: [] },
  { code: 'RODZ-2026-04', kind: 'family', upTo: 'team', openedOn: '2026-09-15', referredBy: 6, team: [0, 6, 2], difficulties: ['illness', 'parenting_household'], goals: [], meetings: [] },
  {
    code: 'RODZ-2026-05',
    kind: 'family',
    upTo: 'plan',
    openedOn: '2026-07-06',
    referredBy: 2,
    team: [0, 2, 7],
    difficulties: ['parenting_household', 'poverty'],
    goals: [
      { text: 'Regularna obecność dzieci w szkole', tasks: [['Cotygodniowa informacja o frekwencji dla pracownika socjalnego', 2, '2026-12-18'], ['Zajęcia świetlicowe dla dwojga dzieci', 7, '2026-12-31']] },
      { text: 'Uporządkowanie budżetu domowego', tasks: [['Konsultacje z asystentem rodziny raz w tygodniu', 0, '2027-01-31']] },
    ],
    meetings: [['2026-12-17', '', []]],
  },
  {
    code: 'RODZ-2026-06',
    kind: 'family',
    upTo: 'review',
    openedOn: '2026-03-09',
    referredBy: 3,
    team: [0, 3, 4, 1],
    difficulties: ['domestic_violence', 'parenting_household'],
    goals: [
      { text: 'Bezpieczeństwo dzieci w domu', tasks: [['Wizyty dzielnicowego co dwa tygodnie', 3, '2026-06-30'], ['Konsultacje psychologiczne dla matki', 1, '2026-08-31']] },
      { text: 'Udział ojca w programie korekcyjno-edukacyjnym', tasks: [['Skierowanie i nadzór kuratora', 4, '2026-09-30']] },
      { text: 'Wsparcie matki w powrocie do pracy', tasks: [['Szkolenie zawodowe', 0, '2026-11-15']] },
    ],
    meetings: [
      ['2026-05-12', 'Plan realizowany zgodnie z ustaleniami; matka korzysta z konsultacji.', ['partial', 'partial']],
      ['2026-09-22', 'Sytuacja w domu stabilna; ojciec ukończył program.', ['achieved', 'achieved', 'partial']],
    ],
  },
  {
    code: 'RODZ-2026-07',
    kind: 'family',
    upTo: 'closed',
    reason: 'completed',
    openedOn: '2026-01-19',
    referredBy: 0,
    team: [0, 5, 2],
    difficulties: ['unemployment', 'poverty'],
    goals: [
      { text: 'Zatrudnienie ojca', tasks: [['Oferty pracy i staż z Powiatowego Urzędu Pracy', 5, '2026-04-30']] },
      { text: 'Stała pomoc w nauce dla syna', tasks: [['Zajęcia wyrównawcze w szkole', 2, '2026-06-20']] },
      { text: 'Wyjście z zadłużenia czynszowego', tasks: [['Porozumienie z zarządcą i plan spłaty', 0, '2026-07-31']] },
    ],
    meetings: [
      ['2026-03-10', 'Ojciec podjął staż; syn uczęszcza na zajęcia wyrównawcze.', ['partial', 'partial', 'not_achieved']],
      ['2026-06-16', 'Ojciec zatrudniony na umowę o pracę; syn otrzymał promocję.', ['achieved', 'achieved', 'partial']],
      ['2026-09-08', 'Zadłużenie spłacone; rodzina funkcjonuje samodzielnie.', ['achieved', 'achieved', 'achieved']],
    ],
    closedOn: '2026-09-30',
  },
  {
    code: 'OS-2026-08',
    kind: 'person',
    upTo: 'closed',
    reason: 'consent_withdrawn',
    openedOn: '2026-02-02',
    referredBy: 6,
    team: [0, 6],
    difficulties: ['addiction', 'illness'],
    goals: [{ text: 'Podjęcie leczenia odwykowego', tasks: [['Konsultacja w poradni terapii uzależnień', 6, '2026-04-30']] }],
    meetings: [['2026-04-14', 'Konsultacja odbyta; dalsze leczenie nie zostało podjęte.', ['not_achieved']]],
    closedOn: '2026-05-20',
  },
];

const STAGES: readonly CaseStage[] = ['referred', 'diagnosed', 'consent', 'team', 'plan', 'review', 'closed'];
const reached = (c: DemoCase, stage: CaseStage) => STAGES.indexOf(c.upTo) >= STAGES.indexOf(stage);
const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export async function fillCases(api: ApiClient, institutionIds: readonly string[], members: ReadonlyArray<{ id: string; institutionId: string | null }>): Promise<void> {
  const inst = (n: number) => institutionIds[n]!;
  const contact = (n: number) => members.find((m) => m.institutionId === inst(n))?.id ?? null;
  for (const spec of CASES) {
    const c = await api.cases.create({ code: spec.code, kind: spec.kind, openedOn: spec.openedOn, referredByInstitutionId: inst(spec.referredBy) });
    if (!reached(spec, 'diagnosed')) continue;
    await api.cases.diagnose({ id: c.id, diagnosedOn: plusDays(spec.openedOn, 7), difficulties: spec.difficulties });
    if (!reached(spec, 'consent')) continue;
    await api.cases.recordConsent({ id: c.id, consentOn: plusDays(spec.openedOn, 10), consentScope: spec.team.map(inst) });
    if (!reached(spec, 'team')) continue;
    await api.cases.setTeam({ id: c.id, members: spec.team.map((n) => ({ institutionId: inst(n), memberId: contact(n) })), leadInstitutionId: inst(spec.team[0]!) });
    const goals: Array<{ goal: IpwGoal; tasks: IpwTask[] }> = [];
    for (const g of spec.goals) {
      const goal = await api.cases.saveGoal({ caseId: c.id, text: g.text });
      const tasks = [];
      for (const [text, n, dueOn] of g.tasks) tasks.push(await api.cases.saveTask({ goalId: goal.id, text, institutionId: inst(n), dueOn }));
      goals.push({ goal, tasks });
    }
    for (const [i, [date, note, results]] of spec.meetings.entries()) {
      const meeting = await api.meetings.create({ kind: 'zzk', caseId: c.id, date, startTime: '13:00', endTime: '14:30', place: 'Miejski Ośrodek Pomocy Społecznej w Zielonce, pokój 4', agenda: ['Przegląd planu współpracy', 'Ustalenia na kolejny okres'] });
      if (results.length === 0) continue;
      for (const n of spec.team) {
        const memberId = contact(n);
        if (memberId) await api.attendance.set({ meetingId: meeting.id, memberId, status: 'present' });
      }
      // At the first meeting, an action item carries out the first task of the plan.
      const first = goals[0]?.tasks[0];
      if (i === 0 && first) {
        const item = await api.actionItems.create({ meetingId: meeting.id, text: first.text, ownerMemberId: contact(spec.team[0]!), dueOn: first.dueOn, ipwTaskId: first.id });
        if (spec.meetings.length > 1) await api.actionItems.setStatus({ id: item.id, status: 'in_progress' });
      }
      await api.cases.review({ caseId: c.id, meetingId: meeting.id, reviewedOn: date, note, results: results.map((result, g) => ({ goalId: goals[g]!.goal.id, result })) });
      await api.meetings.setStatus({ id: meeting.id, status: 'held' });
    }
    // A completed plan's tasks were done by their deadlines (recorded with those days).
    if (spec.reason === 'completed') {
      for (const { tasks } of goals) for (const task of tasks) await api.cases.saveTask({ id: task.id, goalId: task.goalId, text: task.text, institutionId: task.institutionId, dueOn: task.dueOn, status: 'done', doneOn: task.dueOn });
    }
    if (spec.reason === 'consent_withdrawn' && spec.closedOn) await api.cases.withdrawConsent({ id: c.id, withdrawnOn: spec.closedOn });
    if (spec.closedOn && spec.reason) await api.cases.close({ id: c.id, closedOn: spec.closedOn, closeReason: spec.reason });
  }
}
