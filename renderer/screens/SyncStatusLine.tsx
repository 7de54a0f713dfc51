// One line on the link to the regional centre, shown on the dashboard and above the sync card; a module of
// its own so that the dashboard (the first screen) does not carry the card's dialogs.
import { useTranslation } from 'react-i18next';
import type { SyncStatusView } from '../../src/domain/types';
import { formatDate } from '../format';

export function SyncStatusLine({ status }: { status: SyncStatusView }) {
  const { t, i18n } = useTranslation();
  if (!status.enrolled) return <p className="muted">{t('sync.notEnrolled')}</p>;
  return (
    <p className="muted">
      {t('sync.statusLine', { hub: status.hubName, unsent: status.unsent, ack: status.ackSeq })}
      {status.lastBundle && ` ${t('sync.lastBundle', { date: formatDate(status.lastBundle.at.slice(0, 10), i18n.language) })}`}
    </p>
  );
}
