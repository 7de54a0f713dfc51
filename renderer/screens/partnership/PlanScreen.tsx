// Plan działania (issue 16.6): a plan for a period — its goals and tasks with their owners, deadlines,
// measures and statuses, the meeting action items that carry them out, the progress and the schedule by
// month — adopted by a decision of a named meeting, and printed as PDF or DOCX.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLateTask, scheduleByMonth, tasksByGoal } from '../../../src/domain/actionPlan';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '../../../src/domain/enums';
import type { ActionPlanView, BoardActionItem, PlanView } from '../../../src/domain/types';
import { api } from '../../api';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { AppDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { saveDocument } from '../../download';
import { formatDate, formatMonth } from '../../format';
import { useAppStore } from '../../store/app';
import { useAction } from '../../useAction';
import { AdoptionForm } from './AdoptionForm';
import { PartnershipPage } from './PartnershipNav';
import { NewPlanForm, TaskForm } from './PlanForms';

type Task = PlanView['tasks'][number];

function Progress({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  return (
    <dl className="figures">
      {(['total', 'done', 'onTime', 'late', 'open'] as const).map((k) => (
        <div key={k}>
          <dt>{t(`plan.progress.${k}`)}</dt>
          <dd>{view.progress[k]}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PlanScreen() {
  const { t, i18n } = useTranslation();
  const institutions = useAppStore((s) => s.institutions);
  const [data, setData] = useState<ActionPlanView | null>(null);
  const [items, setItems] = useState<BoardActionItem[]>([]);
  const [shown, setShown] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const load = useCallback(
    () =>
      run(async () => {
        const [view, list] = await Promise.all([api.plans.list(), api.actionItems.list()]);
        setData(view);
        setItems(list);
        setShown((s) => (s && view.plans.some((p) => p.plan.id === s) ? s : (view.current ?? view.plans[0]?.plan.id ?? null)));
      }),
    [run],
  );
  useEffect(() => void load(), [load]);
  const changed = (message: string) => {
    setEditing(null);
    setCreating(false);
    setNotice(message);
    void load();
  };
  const view = data?.plans.find((p) => p.plan.id === shown) ?? null;
  const today = new Date().toISOString().slice(0, 10);
  const owner = (id: string | null) => institutions.find((i) => i.id === id)?.name ?? t('app.none');
  const goals = view ? tasksByGoal(view.tasks).map((g) => g.goal).filter(Boolean) : [];
  const setStatus = (task: Task, status: ActionItemStatus) => void run(async () => { await api.plans.setTaskStatus({ id: task.id, status }); changed(t('plan.statusSaved', { text: task.text })); });

  return (
    <PartnershipPage title={t('plan.title')} help={t('plan.help')} notice={notice} error={error}>
      {data && (data.plans.length === 0 || creating) && (
        <section className="card" aria-labelledby="plan-new">
          <h2 id="plan-new">{t('plan.newTitle')}</h2>
          <NewPlanForm onCreated={(id) => { setShown(id); changed(t('plan.created')); }} />
        </section>
      )}
      {view && (
        <div className="stack">
          <section className="card" aria-labelledby="plan-head">
            <h2 id="plan-head">{view.plan.title}</h2>
            <div className="toolbar">
              {data!.plans.length > 1 && (
                <Field label={t('plan.choose')}>
                  {(a) => (
                    <select {...a} value={view.plan.id} onChange={(e) => setShown(e.target.value)}>
                      {data!.plans.map((p) => (
                        <option key={p.plan.id} value={p.plan.id}>
                          {p.plan.title}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              {!creating && (
                <button type="button" className="button" onClick={() => setCreating(true)}>
                  {t('plan.newTitle')}
                </button>
              )}
            </div>
            <p>
              {t('plan.period', { from: formatDate(view.plan.periodFrom, i18n.language), to: formatDate(view.plan.periodTo, i18n.language) })}{' '}
              {view.plan.adoptedOn ? <span className="badge badge--approved">{t('plan.adoptedOn', { date: formatDate(view.plan.adoptedOn, i18n.language) })}</span> : <span className="badge badge--planned">{t('plan.notAdopted')}</span>}
            </p>
            <Progress view={view} />
            <div className="toolbar">
              <button type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.plans.document({ id: view.plan.id, format: 'pdf' })))}>
                {t('plan.pdf')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.plans.document({ id: view.plan.id, format: 'docx' })))}>
                {t('plan.docx')}
              </button>
            </div>
            {!view.plan.adoptedOn && view.tasks.length > 0 && (
              <AdoptionForm
                label={t('plan.adoptAt')}
                help={t('plan.adoptHelp')}
                submitLabel={t('plan.adopt')}
                busy={busy}
                onAdopt={(meetingId) => void run(async () => { await api.plans.adopt({ id: view.plan.id, meetingId }); changed(t('plan.adoptedNotice')); })}
              />
            )}
          </section>

          <section className="card" aria-labelledby="plan-tasks">
            <h2 id="plan-tasks">{t('plan.tasks')}</h2>
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('plan.addTask')}
            </button>
            {view.tasks.length === 0 && <p className="muted">{t('plan.noTasks')}</p>}
            {tasksByGoal(view.tasks).map(({ goal, tasks }, g) => (
              <div key={goal || '-'} className="table-wide" role="region" aria-label={t('plan.goalOf', { n: g + 1, goal: goal || t('plan.noGoal') })} tabIndex={0}>
                <h3>{t('plan.goalOf', { n: g + 1, goal: goal || t('plan.noGoal') })}</h3>
                <table className="table">
                  <ColumnHeaders labels={[t('plan.task'), t('plan.owner'), t('plan.dueOn'), t('plan.measure'), t('plan.status'), t('declarations.columns.options')]} />
                  <tbody>
                    {tasks.map((task) => (
                      <tr key={task.id}>
                        <th scope="row">
                          {task.text}
                          {task.actionItems.length > 0 && <span className="small muted block">{t('plan.items', { numbers: task.actionItems.map((i) => i.number).join(', ') })}</span>}
                        </th>
                        <td>{owner(task.ownerInstitutionId)}</td>
                        <td className="nowrap">
                          {task.dueOn ? formatDate(task.dueOn, i18n.language) : t('app.none')}
                          {isLateTask(task, today) && <span className="badge badge--overdue">{t('tasks.overdue')}</span>}
                        </td>
                        <td>{task.measure ?? t('app.none')}</td>
                        <td>
                          <select aria-label={t('plan.statusOf', { text: task.text })} value={task.status} onChange={(e) => setStatus(task, e.target.value as ActionItemStatus)}>
                            {ACTION_ITEM_STATUSES.map((s) => (
                              <option key={s} value={s}>
                                {t(`actionStatus.${s}`)}
                              </option>
                            ))}
                          </select>
                          {task.doneOn && <span className="small muted block">{formatDate(task.doneOn, i18n.language)}</span>}
                        </td>
                        <td className="nowrap">
                          <button type="button" className="link-button" aria-label={t('plan.editOf', { text: task.text })} onClick={() => setEditing(task)}>
                            {t('app.edit')}
                          </button>
                          {task.actionItems.length === 0 && (
                            <>
                              {' · '}
                              <button type="button" className="link-button link-button--danger" aria-label={t('plan.removeOf', { text: task.text })} onClick={() => void run(async () => { await api.plans.removeTask({ id: task.id }); changed(t('plan.taskRemoved', { text: task.text })); })}>
                                {t('app.remove')}
                              </button>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>

          {view.tasks.length > 0 && (
            <section className="card" aria-labelledby="plan-schedule">
              <h2 id="plan-schedule">{t('plan.schedule')}</h2>
              {scheduleByMonth(view.tasks).map(({ month, tasks }) => (
                <div key={month ?? 'none'}>
                  <h3>{month ? formatMonth(month, i18n.language) : t('plan.noDue')}</h3>
                  <ul className="plain-list">
                    {tasks.map((task) => (
                      <li key={task.id}>
                        {task.dueOn && <strong>{formatDate(task.dueOn, i18n.language)}</strong>} {task.text} <span className="muted">({t(`actionStatus.${task.status}`)})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
        </div>
      )}
      <AppDialog isOpen={editing !== null} onClose={() => setEditing(null)} wide title={editing === 'new' ? t('plan.addTask') : editing ? t('plan.editOf', { text: editing.text }) : ''}>
        {editing && view && (
          <TaskForm planId={view.plan.id} task={editing === 'new' ? null : editing} goals={goals} institutions={institutions} items={items} onSaved={changed} onCancel={() => setEditing(null)} />
        )}
      </AppDialog>
    </PartnershipPage>
  );
}
