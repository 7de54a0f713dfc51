// The region's case figures (issue 17.5): per type of gmina and calendar year, the teams pooled, hidden cells
// as "x", each with the core's charts; the same cells as XLSX or CSV. The core decides what is hidden, and
// publishes a year of a type of gmina once, complete; until then the type says what it waits for.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSE_REASONS } from '../../../src/domain/enums';
import type { HubCaseFigures as Figures, HubPendingFigures, HubPublishedFigures } from '../../../src/domain/types';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { saveDocument } from '../../download';
import { formatDayInText } from '../../format';
import { useAction } from '../../useAction';
import { ChartFigureView } from '../StatisticsFigures';

const HIDDEN = 'x';

function ModelCard({ figures }: { figures: HubPublishedFigures }) {
  const { t, i18n } = useTranslation();
  const key = figures.model ?? 'none';
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const months = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const cell = (v: number | typeof HIDDEN | null, format: (n: number) => string = String) => (v === null ? '—' : v === HIDDEN ? HIDDEN : format(v));
  const rows: Array<[string, string]> = [
    [t('hub.cases.referred'), cell(figures.referred)],
    [t('hub.cases.meetings'), cell(figures.meetings)],
    [t('hub.cases.closed'), cell(figures.closed)],
    ...CLOSE_REASONS.filter((r) => figures.closedByReason[r] !== 0).map((r): [string, string] => [`— ${t(`cases.reason.${r}`)}`, cell(figures.closedByReason[r])]),
    [t('hub.cases.completedShare'), cell(figures.completedShare, (n) => percent.format(n))],
    [t('hub.cases.medianMonths'), cell(figures.medianMonths, (n) => months.format(n))],
  ];
  return (
    <section className="hub-model" aria-labelledby={`hub-model-${key}`}>
      <h3 id={`hub-model-${key}`}>
        {t(`hub.cases.model.${key}`)} <span className="muted small">({t('hub.cases.teams', { count: figures.teams })})</span>
      </h3>
      <p className="muted small">{t('hub.cases.publishedOn', { date: formatDayInText(figures.publishedOn, i18n.language) })}</p>
      <table className="table hub-model__table">
        <caption className="visually-hidden">{t(`hub.cases.model.${key}`)}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.charts.map((chart) => (
        <ChartFigureView key={chart.id} chart={chart} caption={`${t(`hub.cases.model.${key}`)}: ${chart.title}`} id={`hub-chart-${key}-${chart.id}`} />
      ))}
    </section>
  );
}

function PendingCard({ pending, year }: { pending: HubPendingFigures; year: number }) {
  const { t, i18n } = useTranslation();
  const key = pending.model ?? 'none';
  const lastCall = formatDayInText(pending.lastCall, i18n.language);
  return (
    <section className="hub-model hub-model--pending" aria-labelledby={`hub-model-${key}`}>
      <h3 id={`hub-model-${key}`}>
        {t(`hub.cases.model.${key}`)} <span className="muted small">({t('hub.cases.teams', { count: pending.teams })})</span>
      </h3>
      <p>{pending.yearEnded ? t('hub.cases.pendingBundles', { year, count: pending.waiting, lastCall }) : t('hub.cases.pendingYear', { year })}</p>
    </section>
  );
}

export function HubCaseFigures({ version }: { version: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [figures, setFigures] = useState<Figures | null>(null);
  const { run, error, busy } = useAction();
  useEffect(() => {
    let current = true;
    void run(async () => {
      const found = await api.hub.caseFigures(year === null ? {} : { year });
      if (current) setFigures(found);
    });
    return () => {
      current = false;
    };
  }, [run, year, version]);
  const shown = figures?.year ?? null;
  return (
    <section className="card" aria-labelledby="hub-cases">
      <h2 id="hub-cases">{t('hub.cases.title')}</h2>
      <p className="muted small">{t('hub.cases.help')}</p>
      <ErrorText error={error} />
      {figures && shown === null && <p className="muted">{t('hub.cases.none')}</p>}
      {figures && shown !== null && (
        <>
          <div className="toolbar">
            <Field label={t('hub.cases.year')}>
              {(a) => (
                <select {...a} value={shown} onChange={(e) => setYear(Number(e.target.value))}>
                  {figures.years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {(['xlsx', 'csv'] as const).map((format) => (
              <button key={format} type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.hub.caseFiguresExport({ year: shown, format })))}>
                {t(`hub.cases.${format}`, { year: shown })}
              </button>
            ))}
          </div>
          <p className="muted small">
            {figures.models.length > 0 && `${t('hub.cases.hidden')}. `}
            {t('hub.cases.rule')}
          </p>
          <div className="hub-models">
            {figures.models.map((m) => (
              <ModelCard key={m.model ?? 'none'} figures={m} />
            ))}
            {figures.pending.map((p) => (
              <PendingCard key={p.model ?? 'none'} pending={p} year={shown} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
