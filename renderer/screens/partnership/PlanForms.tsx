// The action plan's forms: a new plan for a period, and a task (its goal, text, owner institution, deadline,
// measure of done) with the meeting action items that carry it out.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src/api/contract';
import type { BoardActionItem, Institution, PlanView } from '../../../src/domain/types';
import { api } from '../../api';
import { DateField } from '../../components/DateTimeFields';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { focusFirstInvalid, validate, type FieldMessages } from '../../forms';
import { useAction } from '../../useAction';

export function NewPlanForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const [form, setForm] = useState({ title: '', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` });
  const [fields, setFields] = useState<FieldMessages>({});
  const { run, error, busy } = useAction();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(contract['plans.create'].input, form, t);
    if (!checked.ok) return setFields(checked.fields);
    setFields({});
    const plan = await run(() => api.plans.create(checked.data));
    if (plan) onCreated(plan.id);
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('plan.newTitle')}>
      <div className="grid-2">
        <DateField label={t('plan.from')} error={fields.periodFrom} value={form.periodFrom} onChange={(v) => setForm((f) => ({ ...f, periodFrom: v }))} />
        <DateField label={t('plan.to')} error={fields.periodTo} value={form.periodTo} onChange={(v) => setForm((f) => ({ ...f, periodTo: v }))} />
      </div>
      <Field label={t('plan.titleLabel')} optionalLabel={t('app.optional')} hint={t('plan.titleHint')} error={fields.title}>
        {(a) => <input {...a} value={form.title} onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))} />}
      </Field>
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('plan.create')}
        </button>
      </div>
    </form>
  );
}

type Task = PlanView['tasks'][number];

export function TaskForm({ planId, task, goals, institutions, items, onSaved, onCancel }: { planId: string; task: Task | null; goals: string[]; institutions: Institution[]; items: BoardActionItem[]; onSaved: (m: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ goal: task?.goal ?? '', text: task?.text ?? '', ownerInstitutionId: task?.ownerInstitutionId ?? '', dueOn: task?.dueOn ?? '', measure: task?.measure ?? '' });
  const [link, setLink] = useState('');
  const [fields, setFields] = useState<FieldMessages>({});
  const { run, error, busy } = useAction();
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...form, ownerInstitutionId: form.ownerInstitutionId || null };
    const checked = task ? validate(contract['plans.updateTask'].input, { ...input, id: task.id }, t) : validate(contract['plans.addTask'].input, { ...input, planId }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      focusFirstInvalid();
      return;
    }
    const saved = await run(async () => {
      const row = task ? await api.plans.updateTask({ ...input, id: task.id }) : await api.plans.addTask({ ...input, planId });
      if (link) await api.plans.linkActionItem({ actionItemId: link, planTaskId: row.id });
      return row;
    });
    if (saved) onSaved(t('plan.taskSaved', { text: saved.text }));
  }
  const free = items.filter((i) => i.planTaskId === null);
  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('plan.goal')} hint={t('plan.goalHint')} error={fields.goal}>
        {(a) => (
          <>
            <input {...a} list="plan-goals" value={form.goal} onChange={(e) => set('goal', e.target.value)} />
            <datalist id="plan-goals">
              {goals.map((g) => (
                <option key={g} value={g} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label={t('plan.task')} error={fields.text}>
        {(a) => <textarea {...a} rows={2} value={form.text} onChange={(e) => set('text', e.target.value)} />}
      </Field>
      <div className="grid-2">
        <Field label={t('plan.owner')} optionalLabel={t('app.optional')} error={fields.ownerInstitutionId}>
          {(a) => (
            <select {...a} value={form.ownerInstitutionId} onChange={(e) => set('ownerInstitutionId', e.target.value)}>
              <option value="">{t('plan.noOwner')}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField label={t('plan.dueOn')} optionalLabel={t('app.optional')} error={fields.dueOn} value={form.dueOn} onChange={(v) => set('dueOn', v)} />
      </div>
      <Field label={t('plan.measure')} optionalLabel={t('app.optional')} hint={t('plan.measureHint')} error={fields.measure}>
        {(a) => <input {...a} value={form.measure} onChange={(e) => set('measure', e.target.value)} />}
      </Field>
      {task && task.actionItems.length > 0 && (
        <ul className="plain-list small">
          {task.actionItems.map((i) => (
            <li key={i.id}>
              {t('plan.carriedBy', { number: i.number, text: i.text })}{' '}
              <button type="button" className="link-button" disabled={busy} onClick={() => void run(async () => { await api.plans.linkActionItem({ actionItemId: i.id, planTaskId: null }); onSaved(t('plan.unlinked', { number: i.number })); })}>
                {t('plan.unlink', { number: i.number })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field label={t('plan.link')} optionalLabel={t('app.optional')} hint={t('plan.linkHint')}>
        {(a) => (
          <select {...a} value={link} onChange={(e) => setLink(e.target.value)}>
            <option value="">{t('plan.noLink')}</option>
            {free.map((i) => (
              <option key={i.id} value={i.id}>
                {i.number} — {i.text}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorText error={error} />
      <FormActions onCancel={onCancel} />
    </form>
  );
}
