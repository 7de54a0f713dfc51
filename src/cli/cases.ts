// `pzk cases`: per case what the case screen shows of its plan — code, stage, the IPW goals with their tasks
// and results (issue 17.7). Read-only; the texts stay on this computer (stdout, never a log).
import type { ApiClient } from '../api/client';
import type { CaseView } from '../domain/caseTypes';
import { withTeam } from './cores';

function caseOut(view: CaseView, institution: (id: string) => string) {
  const { summary } = view;
  return {
    code: summary.case.code,
    kind: summary.case.kind,
    stage: summary.stage,
    openedOn: summary.case.openedOn,
    closedOn: summary.case.closedOn,
    closeReason: summary.case.closeReason,
    months: summary.months,
    goals: view.goals.map((g) => ({
      text: g.text,
      result: g.result,
      tasks: g.tasks.map((t) => ({ text: t.text, institution: institution(t.institutionId), dueOn: t.dueOn, status: t.status, doneOn: t.doneOn, overdue: t.overdue })),
    })),
  };
}

async function allCases(api: ApiClient) {
  const institutions = new Map((await api.institutions.list()).map((i) => [i.id, i.name]));
  const name = (id: string) => institutions.get(id) ?? id;
  const views = await Promise.all((await api.cases.list()).map((s) => api.cases.get({ id: s.case.id })));
  return views.map((v) => caseOut(v, name));
}

export function casesCommand(args: { db?: string | undefined; json?: boolean | undefined }): Promise<number> {
  return withTeam(args.db, 'read', 'cases', async (api) => {
    const cases = await allCases(api);
    if (args.json) {
      process.stdout.write(`${JSON.stringify(cases, null, 2)}\n`);
      return 0;
    }
    const lines = cases.flatMap((c) => [
      `${c.code}  ${c.kind}  ${c.stage}${c.closeReason ? ` (${c.closeReason})` : ''}  referred ${c.openedOn ?? '-'}${c.closedOn ? `, closed ${c.closedOn}` : ''}${c.months !== null ? `, ${c.months} months` : ''}`,
      ...c.goals.flatMap((g, n) => [
        `  goal ${n + 1}: ${g.text} — ${g.result ?? 'not reviewed'}`,
        ...g.tasks.map((t) => `    - ${t.text} — ${t.institution}, due ${t.dueOn ?? '-'}, ${t.status}${t.overdue ? ', overdue' : ''}`),
      ]),
    ]);
    process.stdout.write(`${lines.length ? lines.join('\n') : 'no cases'}\n`);
    return 0;
  });
}
