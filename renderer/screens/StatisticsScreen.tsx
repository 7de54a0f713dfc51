// The team's own figures (issue 13.6): meetings held over a chosen period, attendance per
// institution and per member at the PZK meetings, action items, the Model's measures with their charts
// (issue 17.4); the report for the period shown or for a year, as PDF or DOCX.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PZK_MEETING_TYPES } from '../../src/domain/enums';
import type { TeamStatistics } from '../../src/domain/types';
import { useMeetingWords } from '../useMeetingWords';
import { ChartsCard, ModelFiguresCard } from './StatisticsFigures';
import { SupportCard } from './SupportCard';
import { api } from '../api';
import { DateField } from '../components/DateTimeFields';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { saveDocument } from '../download';
import { formatDate } from '../format';
import { useAction } from '../useAction';

const thisYear = new Date().getFullYear();

function Rate({ present, expected }: { present: number; expected: number }) {
  const { i18n } = useTranslation();
  return <>{expected ? new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(present / expected) : '—'}</>;
}

interface AttendanceRow {
  key: string;
  name: string;
  detail?: string;
  present: number;
  expected: number;
}

/** Attendances and the rate, per institution or per member (with their institution). */
function AttendanceTable({ first, second, rows }: { first: string; second?: string; rows: AttendanceRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {second && <th scope="col">{second}</th>}
          <th scope="col">{t('statistics.presence')}</th>
          <th scope="col">{t('statistics.rate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            {second && <td>{r.detail}</td>}
            <td>{t('statistics.of', { present: r.present, expected: r.expected })}</td>
            <td>
              <Rate {...r} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatisticsScreen() {
  const { t, i18n } = useTranslation();
  const { kindOf } = useMeetingWords();
  const [period, setPeriod] = useState({ from: `${thisYear}-01-01`, to: `${thisYear}-12-31` });
  const [stats, setStats] = useState<TeamStatistics | null>(null);
  // The period the figures show (the fields may have changed since "Pokaż").
  const [shown, setShown] = useState(period);
  const [years, setYears] = useState<number[]>([thisYear]);
  const [year, setYear] = useState(thisYear);
  const { run, error } = useAction();
  const show = () =>
    void run(async () => {
      setStats(await api.statistics.get(period));
      setShown(period);
    });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the first period once; later ones on "Pokaż"
  useEffect(show, []);
  useEffect(() => void api.meetings.years().then((ys) => ys.length && setYears(ys.map((y) => y.year))), []);

  return (
    <main id="content" tabIndex={-1} className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('statistics.title')}</h1>
      </header>
      <div className="split">
        <div className="stack">
          <section className="card" aria-labelledby="stats-period">
            <h2 id="stats-period">{t('statistics.period')}</h2>
            <form
              className="toolbar"
              onSubmit={(e) => {
                e.preventDefault();
                show();
              }}
            >
              <DateField label={t('statistics.from')} value={period.from} onChange={(from) => setPeriod((p) => ({ ...p, from }))} />
              <DateField label={t('statistics.to')} value={period.to} onChange={(to) => setPeriod((p) => ({ ...p, to }))} />
              <button type="submit" className="button button--primary">
                {t('statistics.show')}
              </button>
            </form>
            <ErrorText error={error} />
          </section>
          {stats && (
            <>
              <section className="card" aria-labelledby="stats-meetings">
                <h2 id="stats-meetings">{t('statistics.meetings')}</h2>
                <p>{t('statistics.meetingsLine', { ...stats.meetings, taskLevel: kindOf('zzk') })}</p>
                {stats.meetings.pzk > 0 && (
                  <>
                    <h3>{t('statistics.byType')}</h3>
                    <dl className="figures">
                      {PZK_MEETING_TYPES.map((type) => (
                        <div key={type}>
                          <dt>{t(`pzkType.${type}`)}</dt>
                          <dd>{stats.pzkTypes[type]}</dd>
                        </div>
                      ))}
                    </dl>
                  </>
                )}
                <h3>{t('statistics.actionItems')}</h3>
                <dl className="figures">
                  {(['opened', 'closed', 'openAtEnd', 'overdueAtEnd'] as const).map((k) => (
                    <div key={k}>
                      <dt>{t(`statistics.${k}`)}</dt>
                      <dd>{stats.actionItems[k]}</dd>
                    </div>
                  ))}
                  <div>
                    <dt>{t('statistics.decisions')}</dt>
                    <dd>{stats.decisions}</dd>
                  </div>
                </dl>
              </section>
              <ModelFiguresCard model={stats.model} />
              <section className="card" aria-labelledby="stats-institutions">
                <h2 id="stats-institutions">{t('statistics.institutions')}</h2>
                <p className="muted small">{t('statistics.attendanceHelp')}</p>
                {stats.institutions.length === 0 ? (
                  <p className="empty">{t('statistics.none')}</p>
                ) : (
                  <AttendanceTable first={t('statistics.institution')} rows={stats.institutions.map((i) => ({ key: i.id ?? 'none', name: i.name ?? '—', present: i.present, expected: i.expected }))} />
                )}
              </section>
              <section className="card" aria-labelledby="stats-members">
                <h2 id="stats-members">{t('statistics.members')}</h2>
                {stats.members.length > 0 && (
                  <AttendanceTable
                    first={t('statistics.member')}
                    second={t('statistics.institution')}
                    rows={stats.members.map((m) => ({ key: m.id, name: m.fullName, detail: m.institution ?? '—', present: m.present, expected: m.expected }))}
                  />
                )}
              </section>
            </>
          )}
          <SupportCard period={shown} />
          {stats && <ChartsCard charts={stats.charts} />}
        </div>
        <aside className="card" aria-labelledby="stats-report">
          <h2 id="stats-report">{t('statistics.report')}</h2>
          <p className="muted small">{t('statistics.reportHelp')}</p>
          <h3>{t('statistics.reportPeriod', { from: formatDate(shown.from, i18n.language), to: formatDate(shown.to, i18n.language) })}</h3>
          <div className="link-list">
            {(['pdf', 'docx'] as const).map((format) => (
              <button key={format} type="button" className="button" onClick={() => void run(async () => saveDocument(await api.statistics.report({ ...shown, format })))}>
                {t(`statistics.reportPeriod_${format}`)}
              </button>
            ))}
          </div>
          <h3>{t('statistics.reportYear')}</h3>
          <Field label={t('statistics.year')}>
            {(a) => (
              <select {...a} value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="link-list">
            <button type="button" className="button" onClick={() => void run(async () => saveDocument(await api.statistics.report({ year, format: 'pdf' })))}>
              {t('statistics.reportPdf', { year })}
            </button>
            <button type="button" className="button" onClick={() => void run(async () => saveDocument(await api.statistics.report({ year, format: 'docx' })))}>
              {t('statistics.reportDocx', { year })}
            </button>
          </div>
        </aside>
      </div>
    </main>
  );
}
