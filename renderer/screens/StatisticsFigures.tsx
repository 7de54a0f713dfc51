// The pilots' measures and their charts (issue 17.4). The SVG is the core's, as the period report embeds it
// (one picture for the screen and the document); its numbers are in the table beside it, for screen readers
// and for print. The core escapes every label it writes into the SVG.
import { useTranslation } from 'react-i18next';
import type { ChartFigure, ModelFigures } from '../../src/domain/types';

export function ModelFiguresCard({ model }: { model: ModelFigures }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const months = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const figures: Array<[string, string]> = [
    [t('statistics.monthsActive'), model.monthsActive === null ? '—' : String(model.monthsActive)],
    [t('statistics.casesReferred'), String(model.cases.referred)],
    [t('statistics.casesActive'), String(model.cases.activeAtEnd)],
    [t('statistics.casesClosed'), String(model.cases.closed)],
    [t('statistics.completedShare'), model.cases.completedShare === null ? '—' : percent.format(model.cases.completedShare)],
    [t('statistics.medianMonths'), model.cases.medianMonths === null ? '—' : months.format(model.cases.medianMonths)],
  ];
  return (
    <section className="card" aria-labelledby="stats-model">
      <h2 id="stats-model">{t('statistics.model')}</h2>
      <dl className="figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ChartsCard({ charts }: { charts: readonly ChartFigure[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="stats-charts">
      <h2 id="stats-charts">{t('statistics.charts')}</h2>
      <p className="muted small">{t('statistics.chartsHelp')}</p>
      {charts.map((chart, i) => (
        <ChartFigureView key={chart.id} chart={chart} caption={t('statistics.chartCaption', { n: i + 1, title: chart.title })} id={`chart-${chart.id}`} />
      ))}
    </section>
  );
}

/** One chart as the core drew it, captioned, with the table of its numbers beneath. */
export function ChartFigureView({ chart, caption, id }: { chart: ChartFigure; caption: string; id: string }) {
  const { t } = useTranslation();
  return (
    <figure className="chart" aria-labelledby={id} data-chart={chart.id}>
      <figcaption id={id}>{caption}</figcaption>
      <div className="chart__picture" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      {chart.rows.length === 0 ? (
        <p className="empty">{t('statistics.noData')}</p>
      ) : (
        <table className="table chart__table">
          <thead>
            <tr>
              <th scope="col">{chart.columns[0]}</th>
              <th scope="col">{chart.columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row, j) => (
              <tr key={`${j}-${row.label}`}>
                <th scope="row">{row.label}</th>
                <td>{row.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
