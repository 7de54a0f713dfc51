// "Realizacja ustaleń": open action items of earlier meetings, closed or kept open with a note.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../src/domain/actionItems';
import type { ActionItemStatus } from '../../../src/domain/enums';
import type { MeetingDetail } from '../../../src/domain/types';
import { api } from '../../api';
import { ActionStatusBadge } from '../../components/Badges';
import { ErrorText } from '../../components/ErrorText';
import { formatDate } from '../../format';
import { memberName, useAppStore } from '../../store/app';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';

function FollowUpItem({ entry, meetingId, meetingDate, locked }: { entry: MeetingDetail['carriedOver'][number]; meetingId: string; meetingDate: string; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const members = useAppStore((s) => s.members);
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const review = entry.reviews[0];
  const [note, setNote] = useState(review?.note ?? '');
  const { item } = entry;
  const noteId = `note-${item.id}`;
  const record = (status: ActionItemStatus) => run(() => write(() => api.actionItems.review({ actionItemId: item.id, meetingId, note, status }), (result) => ({ kind: 'review', result })));

  return (
    <li className={`followup__item${isOverdue(item, meetingDate) ? ' followup__item--overdue' : ''}`}>
      <div>
        <strong>{item.number}</strong> {item.text}
      </div>
      <div className="muted small">
        {memberName(members, item.ownerMemberId)} · {item.dueOn ? t('meeting.due', { date: formatDate(item.dueOn, i18n.language) }) : t('meeting.noDue')}{' '}
        <ActionStatusBadge status={item.status} overdue={isOverdue(item, meetingDate)} />
      </div>
      {review && <p className="small">{t('followUp.reviewed', { status: t(`actionStatus.${review.statusAfter}`) })}</p>}
      {!locked && (
        <>
          <label htmlFor={noteId} className="small">
            {t('followUp.note')} ({item.number})
          </label>
          <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="actions actions--start">
            <button type="button" className="button button--small" onClick={() => void record('done')}>
              {t('followUp.markDone')}
              <span className="visually-hidden"> {item.number}</span>
            </button>
            <button type="button" className="button button--small" onClick={() => void record('in_progress')}>
              {t('followUp.keepOpen')}
              <span className="visually-hidden"> {item.number}</span>
            </button>
            <button type="button" className="link-button" onClick={() => void record('cancelled')}>
              {t('followUp.cancel')}
              <span className="visually-hidden"> {item.number}</span>
            </button>
          </div>
        </>
      )}
      {locked && review?.note && <p className="small">{review.note}</p>}
      <ErrorText error={error} />
    </li>
  );
}

export function FollowUpPanel({ detail, locked }: { detail: MeetingDetail; locked: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="followup-title" className="followup">
      <h2 id="followup-title">{t('followUp.title')}</h2>
      {detail.carriedOver.length === 0 ? (
        <p className="muted">{t('followUp.empty')}</p>
      ) : (
        <ul className="plain-list">
          {detail.carriedOver.map((entry) => (
            <FollowUpItem key={entry.item.id} entry={entry} meetingId={detail.meeting.id} meetingDate={detail.meeting.date} locked={locked} />
          ))}
        </ul>
      )}
    </section>
  );
}
