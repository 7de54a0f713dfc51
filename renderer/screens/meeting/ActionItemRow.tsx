// One action item of the current agenda item: shown, corrected in place (text, owner, due date,
// status) and removed after a confirmation, until the meeting is approved (issue 11.1).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, Institution, Member, Offer } from '../../../src/domain/types';
import { api } from '../../api';
import { ActionItemForm, ConfirmRemoveActionItem, type ActionItemChange } from '../../components/ActionItemForm';
import { ErrorText } from '../../components/ErrorText';
import { formatDate } from '../../format';
import { memberName } from '../../store/app';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';

interface Props {
  item: ActionItem;
  locked: boolean;
  members: Member[];
  candidates: Member[];
  institutions: Institution[];
  /** The basket's offer the item makes use of, when it names one. */
  offer?: Offer | null;
}

export function ActionItemRow({ item, locked, members, candidates, institutions, offer = null }: Props) {
  const { t, i18n } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);

  async function save({ update, status }: ActionItemChange) {
    if (update) await write(() => api.actionItems.update(update), (changed) => ({ kind: 'actionItems', items: [changed] }));
    if (status) await write(() => api.actionItems.setStatus({ id: item.id, status }), (changed) => ({ kind: 'actionItems', items: [changed] }));
    setEditing(false);
  }

  if (editing) {
    return (
      <li>
        <ActionItemForm item={item} textLocked={false} candidates={candidates} institutions={institutions} onSave={save} onCancel={() => setEditing(false)} />
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
      {offer && <span className="small offer-link"> {t('meeting.offers.linked', { service: offer.service, institution: offer.institutionName })}</span>}
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
      <ConfirmRemoveActionItem
        item={confirmRemove ? item : null}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          setConfirmRemove(false);
          void run(() => write(() => api.actionItems.remove({ id: item.id }), ({ id }) => ({ kind: 'actionItemRemoved', id })));
        }}
      />
    </li>
  );
}
