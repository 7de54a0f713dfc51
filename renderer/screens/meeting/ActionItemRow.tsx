// One action item of the current agenda item: shown, corrected in place (text, owner, due date,
// status) and removed after a confirmation, until the meeting is approved (issue 11.1).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src/api/contract';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '../../../src/domain/enums';
import type { ActionItem, Institution, Member } from '../../../src/domain/types';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { OwnerPicker } from '../../components/OwnerPicker';
import { describeError } from '../../errors';
import { formatDate } from '../../format';
import { validate, type FieldMessages } from '../../forms';
import { memberName } from '../../store/app';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';

interface Props {
  item: ActionItem;
  locked: boolean;
  members: Member[];
  candidates: Member[];
  institutions: Institution[];
}

export function ActionItemRow({ item, locked, members, candidates, institutions }: Props) {
  const { t, i18n } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [form, setForm] = useState({ text: item.text, ownerMemberId: item.ownerMemberId, dueOn: item.dueOn ?? '', status: item.status });
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const checked = validate(contract['actionItems.update'].input, { id: item.id, text: form.text, ownerMemberId: form.ownerMemberId, dueOn: form.dueOn, verification: item.verification, caseId: item.caseId }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      return setMessage(t('errors.VALIDATION_FAILED'));
    }
    try {
      await write(() => api.actionItems.update(checked.data), (changed) => ({ kind: 'actionItems', items: [changed] }));
      if (form.status !== item.status) await write(() => api.actionItems.setStatus({ id: item.id, status: form.status }), (changed) => ({ kind: 'actionItems', items: [changed] }));
      setEditing(false);
      setFields({});
      setMessage(null);
    } catch (error) {
      const shown = describeError(error, t);
      setFields(shown.fields);
      setMessage(shown.message);
    }
  }

  if (editing) {
    return (
      <li>
        <form onSubmit={save} className="task-edit" aria-label={t('meeting.editActionItem', { number: item.number })} noValidate>
          {message && (
            <p role="alert" className="form-error">
              {message}
            </p>
          )}
          <Field label={t('meeting.newActionItem')} error={fields.text}>
            {(a11y) => <input {...a11y} value={form.text} autoFocus onChange={(e) => setForm((f) => ({ ...f, text: e.target.value }))} />}
          </Field>
          <div className="grid-2">
            <OwnerPicker label={t('meeting.owner')} members={candidates} institutions={institutions} value={form.ownerMemberId} onChange={(ownerMemberId) => setForm((f) => ({ ...f, ownerMemberId }))} />
            <Field label={t('meeting.dueOn')} error={fields.dueOn}>
              {(a11y) => <input {...a11y} type="date" value={form.dueOn} onChange={(e) => setForm((f) => ({ ...f, dueOn: e.target.value }))} />}
            </Field>
          </div>
          <Field label={t('meeting.itemStatus')}>
            {(a11y) => (
              <select {...a11y} value={form.status} onChange={(e) => setForm((f) => ({ ...f, status: e.target.value as ActionItemStatus }))}>
                {ACTION_ITEM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`actionStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="actions">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('app.cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {t('app.save')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li>
      <strong>{item.number}</strong> {item.text}
      <span className="muted small">
        {' '}
        — {memberName(members, item.ownerMemberId)}, {item.dueOn ? t('meeting.due', { date: formatDate(item.dueOn, i18n.language) }) : t('meeting.noDue')} · {t(`actionStatus.${item.status}`)}
      </span>
      {!locked && (
        <span className="outcomes__actions">
          <button type="button" className="link-button" aria-label={`${t('app.edit')}: ${item.number}`} onClick={() => setEditing(true)}>
            {t('app.edit')}
          </button>
          <button type="button" className="link-button link-button--danger" aria-label={`${t('app.remove')}: ${item.number}`} onClick={() => setConfirmRemove(true)}>
            {t('app.remove')}
          </button>
        </span>
      )}
      <ErrorText error={error} />
      <ConfirmDialog
        isOpen={confirmRemove}
        title={t('meeting.removeActionItemTitle', { number: item.number })}
        body={t('meeting.removeActionItemBody', { text: item.text })}
        confirmLabel={t('app.remove')}
        cancelLabel={t('app.cancel')}
        danger
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          setConfirmRemove(false);
          void run(() => write(() => api.actionItems.remove({ id: item.id }), ({ id }) => ({ kind: 'actionItemRemoved', id })));
        }}
      />
    </li>
  );
}
