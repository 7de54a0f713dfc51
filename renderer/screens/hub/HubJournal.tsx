// The hub's import journal: every bundle loaded, accepted or refused and why, newest first.
import { useTranslation } from 'react-i18next';
import type { HubJournalEntry } from '../../../src/domain/types';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { formatDateTime } from '../../format';
import { refusalReason } from './refusal';

export function HubJournal({ entries }: { entries: HubJournalEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="hub-journal">
      <h2 id="hub-journal">{t('hub.journal')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('hub.journalEmpty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('hub.journal')}</caption>
          <ColumnHeaders labels={(['at', 'file', 'team', 'result'] as const).map((c) => t(`hub.journalColumns.${c}`))} />
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{formatDateTime(e.at, i18n.language)}</td>
                <td>{e.source ?? '—'}</td>
                <td>{e.teamName ?? <span className="muted">{t('hub.unknownTeam')}</span>}</td>
                <td className={e.report.accepted ? undefined : 'text-danger'}>
                  {e.report.accepted
                    ? e.report.alreadyImported
                      ? t('hub.alreadyShort')
                      : t('hub.acceptedShort', { from: (e.report.baseSeq ?? 0) + 1, to: e.report.toSeq })
                    : t('hub.refused', { reason: refusalReason(e.report, t) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
