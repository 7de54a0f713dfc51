import { useTranslation } from 'react-i18next';
import type { ActionItemStatus, MeetingStatus } from '../../src/domain/enums';

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}

export function ActionStatusBadge({ status, overdue }: { status: ActionItemStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge badge--action-${status}`}>{t(`actionStatus.${status}`)}</span>
      {overdue && <span className="badge badge--overdue">{t('tasks.overdue')}</span>}
    </>
  );
}
