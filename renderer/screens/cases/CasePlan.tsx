// The individual plan of a case (IPW / plan współpracy, issue 17.2): its goals, each with tasks for the case
// team's institutions, their deadlines and statuses, the goal's result from the latest review; and the reviews.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_RESULTS, type GoalResult } from '../../../src/domain/cases';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '../../../src/domain/enums';
import type { CaseView, IpwGoal, IpwTask } from '../../../src/domain/types';
import { api } from '../../api';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { DateField } from '../../components/DateTimeFields';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { formatDate } from '../../format';
import { useMeetingWords } from '../../useMeetingWords';
import { useAppStore } from '../../store/app';
import { useAction } from '../../useAction';
import { FormEnd, useCaseForm } from './CaseForms';

function TaskForm({ view, goal, n, onSaved }: { view: CaseView; goal: IpwGoal; n: number; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const institutions = useAppStore((s) => s.institutions).filter((i) => view.team.some((m) => m.institutionId === i.id));
  const [form, setForm] = useState({ text: '', institutionId: view.summary.case.leadInstitutionId ?? institutions[0]?.id ?? '', dueOn: '' });
  const { fields, error, busy, send } = useCaseForm((m) => {
    setForm((f) => ({ ...f, text: '', dueOn: '' }));
    onSaved(m);
  });
  return (
    <form noValidate aria-label={t('cases.addTaskTo', { n })} onSubmit={send(() => api.cases.saveTask({ goalId: goal.id, ...form }), t('cases.taskSaved'))}>
      <div className="grid-3">
        <Field label={t('cases.task')} error={fields.text}>
          {(a) => <input {...a} value={form.text} onChange={(e) => setForm((f) => ({ ...f, text: e.target.value }))} />}
        </Field>
        <Field label={t('cases.institution')} error={fields.institutionId}>
          {(a) => (
            <select {...a} value={form.institutionId} onChange={(e) => setForm((f) => ({ ...f, institutionId: e.target.value }))}>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField label={t('cases.dueOn')} optionalLabel={t('app.optional')} error={fields.dueOn} value={form.dueOn} onChange={(v) => setForm((f) => ({ ...f, dueOn: v }))} />
      </div>
      <FormEnd error={error} busy={busy} label={t('cases.addTask')} />
    </form>
  );
}

export function GoalsCard({ view, open, onSaved }: { view: CaseView; open: boolean; onSaved: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const institutions = useAppStore((s) => s.institutions);
  const [text, setText] = useState('');
  const goalForm = useCaseForm((m) => {
    setText('');
    onSaved(m);
  });
  const { run, error } = useAction();
  const owner = (id: string) => institutions.find((i) => i.id === id)?.name ?? t('app.none');
  const setStatus = (task: IpwTask, status: ActionItemStatus) => void run(async () => { await api.cases.saveTask({ id: task.id, goalId: task.goalId, text: task.text, institutionId: task.institutionId, dueOn: task.dueOn, status }); onSaved(t('cases.taskSaved')); });
  return (
    <>
      <ErrorText error={error} />
      {view.goals.length === 0 && <p className="muted">{t('cases.noGoals')}</p>}
      {view.goals.map((goal, g) => (
        <div key={goal.id} className="stack">
          <h3>
            {t('cases.goalOf', { n: g + 1, text: goal.text })}{' '}
            <span className={`badge ${goal.result === 'achieved' ? 'badge--approved' : goal.result === 'not_achieved' ? 'badge--overdue' : 'badge--planned'}`}>{goal.result ? t(`cases.result.${goal.result}`) : t('cases.resultNone')}</span>
          </h3>
          {goal.tasks.length > 0 && (
            <div className="table-wide" role="region" aria-label={t('cases.goalOf', { n: g + 1, text: goal.text })} tabIndex={0}>
              <table className="table">
                <ColumnHeaders labels={[t('cases.task'), t('cases.institution'), t('cases.dueOn'), t('cases.status')]} />
                <tbody>
                  {goal.tasks.map((task) => (
                    <tr key={task.id}>
                      <th scope="row">
                        {task.text}
                        {task.actionItems.length > 0 && <span className="small muted block">{t('cases.carriedBy', { numbers: task.actionItems.map((i) => i.number).join(', ') })}</span>}
                      </th>
                      <td>{owner(task.institutionId)}</td>
                      <td className="nowrap">
                        {task.dueOn ? formatDate(task.dueOn, i18n.language) : t('app.none')}
                        {task.overdue && <span className="badge badge--overdue">{t('tasks.overdue')}</span>}
                      </td>
                      <td>
                        <select aria-label={t('cases.statusOf', { text: task.text })} value={task.status} disabled={!open} onChange={(e) => setStatus(task, e.target.value as ActionItemStatus)}>
                          {ACTION_ITEM_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`actionStatus.${s}`)}
                            </option>
                          ))}
                        </select>
                        {task.doneOn && <span className="small muted block">{formatDate(task.doneOn, i18n.language)}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {open && (
            <details className="disclosure">
              <summary>{t('cases.addTaskTo', { n: g + 1 })}</summary>
              <TaskForm view={view} goal={goal} n={g + 1} onSaved={onSaved} />
            </details>
          )}
        </div>
      ))}
      {open && (
        <form noValidate aria-label={t('cases.addGoal')} onSubmit={goalForm.send(() => api.cases.saveGoal({ caseId: view.summary.case.id, text }), t('cases.goalSaved'))}>
          <Field label={t('cases.goalText')} error={goalForm.fields.text}>
            {(a) => <input {...a} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <FormEnd error={goalForm.error} busy={goalForm.busy} label={t('cases.addGoal')} />
        </form>
      )}
    </>
  );
}

export function ReviewsCard({ view, open, onSaved }: { view: CaseView; open: boolean; onSaved: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useMeetingWords();
  const [form, setForm] = useState({ reviewedOn: new Date().toISOString().slice(0, 10), meetingId: '', note: '' });
  const [results, setResults] = useState<Record<string, GoalResult | ''>>({});
  const { fields, error, busy, send } = useCaseForm((m) => {
    setForm((f) => ({ ...f, note: '' }));
    setResults({});
    onSaved(m);
  });
  const goalText = (id: string) => {
    const n = view.goals.findIndex((g) => g.id === id);
    return n < 0 ? '?' : t('cases.goalOf', { n: n + 1, text: view.goals[n]!.text });
  };
  const meeting = (id: string | null) => view.meetings.find((m) => m.id === id);
  const chosen = Object.entries(results).filter((e): e is [string, GoalResult] => e[1] !== '').map(([goalId, result]) => ({ goalId, result }));
  return (
    <>
      {view.reviews.length === 0 && <p className="muted">{t('cases.noReviews')}</p>}
      <ul className="plain-list">
        {view.reviews.map((r) => {
          const m = meeting(r.meetingId);
          return (
            <li key={r.id}>
              <strong>{formatDate(r.reviewedOn, i18n.language)}</strong>
              {m && <span className="muted"> — {nameOf({ ...m, kind: 'zzk' }, true)}</span>}
              <p>{r.note}</p>
              <ul className="small">
                {r.results.map((g) => (
                  <li key={g.goalId}>
                    {goalText(g.goalId)}: <strong>{t(`cases.result.${g.result}`)}</strong>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      {open && view.goals.length > 0 && (
        <form noValidate aria-label={t('cases.addReview')} onSubmit={send(() => api.cases.review({ caseId: view.summary.case.id, ...form, meetingId: form.meetingId || null, results: chosen }), t('cases.reviewSaved'))}>
          <div className="grid-2">
            <DateField label={t('cases.reviewedOn')} error={fields.reviewedOn} value={form.reviewedOn} onChange={(v) => setForm((f) => ({ ...f, reviewedOn: v }))} />
            <Field label={t('cases.atMeeting')} error={fields.meetingId}>
              {(a) => (
                <select {...a} value={form.meetingId} onChange={(e) => { const m = meeting(e.target.value); setForm((f) => ({ ...f, meetingId: e.target.value, reviewedOn: m?.date ?? f.reviewedOn })); }}>
                  <option value="">{t('cases.noMeeting')}</option>
                  {view.meetings.map((m) => (
                    <option key={m.id} value={m.id}>
                      {nameOf({ ...m, kind: 'zzk' }, true)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field label={t('cases.note')} error={fields.note}>
            {(a) => <textarea {...a} rows={3} value={form.note} onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))} />}
          </Field>
          {view.goals.map((g, n) => (
            <Field key={g.id} label={t('cases.resultOf', { n: n + 1, text: g.text })} error={fields[`results.${chosen.findIndex((c) => c.goalId === g.id)}.goalId`]}>
              {(a) => (
                <select {...a} value={results[g.id] ?? ''} onChange={(e) => setResults((r) => ({ ...r, [g.id]: e.target.value as GoalResult | '' }))}>
                  <option value="">{t('cases.notReviewed')}</option>
                  {GOAL_RESULTS.map((r) => (
                    <option key={r} value={r}>
                      {t(`cases.result.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
          <FormEnd error={error} busy={busy} label={t('cases.addReview')} />
        </form>
      )}
    </>
  );
}
