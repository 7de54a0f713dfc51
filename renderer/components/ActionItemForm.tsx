// Correcting an action item (issue 11.1): text, owner and due date while its meeting is not yet
// approved, the status at any time (follow-up goes on after approval). One form for the meeting
// screen and for the Zadania board; each says how the change is written.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type ParsedInput } from '../../src/api/contract';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '../../src/domain/enums';
import type { ActionItem, Institution, Member } from '../../src/domain/types';
import { describeError } from '../errors';
import { ConfirmDialog } from './Dialog';
import { formatDate } from '../format';
import { validate, type FieldMessages } from '../forms';
import { memberName } from '../store/app';
import { DateField } from './DateTimeFields';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { OwnerPicker } from './OwnerPicker';

export interface ActionItemChange {
  /** What the item says; null when it is locked with its approved meeting. */
  update: ParsedInput<'actionItems.update'> | null;
  /** The new status, when it changed. */
  status: ActionItemStatus | null;
}

interface Props {
  item: ActionItem;
  /** The meeting that set the item is approved: what it says is part of the protocol. */
  textLocked: boolean;
  candidates: Member[];
  institutions: Institution[];
  onSave: (change: ActionItemChange) => Promise<void>;
  onCancel: () => void;
}

export function ActionItemForm({ item, textLocked, candidates, institutions, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ text: item.text, ownerMemberId: item.ownerMemberId, dueOn: item.dueOn ?? '', status: item.status });
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let update: ActionItemChange['update'] = null;
    if (!textLocked) {
      const checked = validate(contract['actionItems.update'].input, { id: item.id, text: form.text, ownerMemberId: form.ownerMemberId, dueOn: form.dueOn, verification: item.verification, caseId: item.caseId }, t);
      if (!checked.ok) {
        setFields(checked.fields);
        return setMessage(t('errors.VALIDATION_FAILED'));
      }
      update = checked.data;
    }
    try {
      await onSave({ update, status: form.status !== item.status ? form.status : null });
    } catch (error) {
      const shown = describeError(error, t);
      setFields(shown.fields);
      setMessage(shown.message);
    }
  }

  return (
    <form onSubmit={submit} className="task-edit" aria-label={t('meeting.editActionItem', { number: item.number })} noValidate>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      {textLocked && <p className="muted small">{t('tasks.textLocked')}</p>}
      <Field label={t('meeting.newActionItem')} error={fields.text}>
        {(a11y) => <input {...a11y} value={form.text} disabled={textLocked} autoFocus={!textLocked} onChange={(e) => setForm((f) => ({ ...f, text: e.target.value }))} />}
      </Field>
      <div className="grid-2">
        {textLocked ? (
          <Field label={t('meeting.owner')}>{(a11y) => <input {...a11y} disabled value={memberName(candidates, form.ownerMemberId)} />}</Field>
        ) : (
          <OwnerPicker label={t('meeting.owner')} members={candidates} institutions={institutions} value={form.ownerMemberId} onChange={(ownerMemberId) => setForm((f) => ({ ...f, ownerMemberId }))} />
        )}
        {textLocked ? (
          <Field label={t('meeting.dueOn')}>{(a11y) => <input {...a11y} disabled value={form.dueOn ? formatDate(form.dueOn, i18n.language) : '—'} />}</Field>
        ) : (
          <DateField label={t('meeting.dueOn')} error={fields.dueOn} value={form.dueOn} onChange={(dueOn) => setForm((f) => ({ ...f, dueOn }))} />
        )}
      </div>
      <Field label={t('meeting.itemStatus')}>
        {(a11y) => (
          <select {...a11y} value={form.status} autoFocus={textLocked} onChange={(e) => setForm((f) => ({ ...f, status: e.target.value as ActionItemStatus }))}>
            {ACTION_ITEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`actionStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions onCancel={onCancel} />
    </form>
  );
}

/** Removing an item added by mistake asks first (the item's number and text are in the question). */
export function ConfirmRemoveActionItem({ item, onConfirm, onCancel }: { item: ActionItem | null; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      isOpen={item !== null}
      title={t('meeting.removeActionItemTitle', { number: item?.number ?? '' })}
      body={t('meeting.removeActionItemBody', { text: item?.text ?? '' })}
      confirmLabel={t('app.remove')}
      cancelLabel={t('app.cancel')}
      danger
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
