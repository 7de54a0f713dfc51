// Planning a series of meetings (issue 13.3): "co drugi wtorek o 10:00", "2. i 4. czwartek miesiąca";
// the days the rule gives are shown before anything is created, then all are created at once.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STANDARD_AGENDA } from '../../src/domain/documents.pl';
import { MAX_SERIES, SERIES_EVERY, SERIES_WEEKS, type SeriesRule } from '../../src/domain/series';
import { api } from '../api';
import { DateField, TimeField } from '../components/DateTimeFields';
import { AppDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { formatLongDate } from '../format';
import { useAction } from '../useAction';

const thisYear = new Date().getFullYear();

export function SeriesDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (count: number) => void }) {
  const { t, i18n } = useTranslation();
  const [rule, setRule] = useState<SeriesRule>({ every: 'twoWeeks', weekday: 1, weeks: [2, 4] });
  const [form, setForm] = useState({ from: `${thisYear}-01-01`, until: `${thisYear}-12-31`, startTime: '10:00', endTime: '12:00', place: '' });
  const [preview, setPreview] = useState<{ dates: string[]; tooMany: boolean } | null>(null);
  const { run, error, busy } = useAction();
  useEffect(() => {
    let stale = false;
    const valid = form.from && form.until && (rule.every !== 'month' || rule.weeks.length > 0);
    const asked = valid ? api.meetings.seriesDates({ rule, from: form.from, until: form.until }) : Promise.resolve({ dates: [], tooMany: false });
    asked.then((p) => !stale && setPreview(p), () => !stale && setPreview(null));
    return () => {
      stale = true;
    };
  }, [rule, form.from, form.until]);
  const weekdays = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'pl-PL', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));
  const count = preview && !preview.tooMany ? preview.dates.length : 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      // The agenda goes into an official record: the standard Polish one, whatever the UI language.
      const created = await api.meetings.createSeries({ rule, ...form, place: form.place || null, agenda: [...STANDARD_AGENDA] });
      onCreated(created.length);
    });
  }

  return (
    <AppDialog isOpen onClose={onClose} title={t('series.title')}>
      <form onSubmit={submit} noValidate className="dialog__form">
        <div className="grid-2">
          <Field label={t('series.every')}>
            {(a) => (
              <select {...a} value={rule.every} onChange={(e) => setRule((r) => ({ ...r, every: e.target.value as SeriesRule['every'] }))}>
                {SERIES_EVERY.map((k) => (
                  <option key={k} value={k}>
                    {t(`series.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('series.weekday')}>
            {(a) => (
              <select {...a} value={rule.weekday} onChange={(e) => setRule((r) => ({ ...r, weekday: Number(e.target.value) }))}>
                {weekdays.map((name, i) => (
                  <option key={i} value={i}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {rule.every === 'month' && (
          <fieldset className="radio-group radio-group--row">
            <legend>{t('series.weeks')}</legend>
            {SERIES_WEEKS.map((n) => (
              <label key={n} className="radio">
                <input
                  type="checkbox"
                  checked={rule.weeks.includes(n)}
                  onChange={(e) => setRule((r) => ({ ...r, weeks: e.target.checked ? [...r.weeks, n].sort((a, b) => (a < 0 ? 9 : a) - (b < 0 ? 9 : b)) : r.weeks.filter((w) => w !== n) }))}
                />
                {n === -1 ? t('series.last') : t('series.nth', { n })}
              </label>
            ))}
          </fieldset>
        )}
        <div className="grid-2">
          <DateField label={t('series.from')} value={form.from} onChange={(from) => setForm((f) => ({ ...f, from }))} />
          <DateField label={t('series.until')} value={form.until} onChange={(until) => setForm((f) => ({ ...f, until }))} />
        </div>
        <div className="grid-2">
          <TimeField label={t('meetings.startTime')} value={form.startTime} onChange={(startTime) => setForm((f) => ({ ...f, startTime }))} />
          <TimeField label={t('meetings.endTime')} value={form.endTime} onChange={(endTime) => setForm((f) => ({ ...f, endTime }))} />
        </div>
        <Field label={t('meetings.place')} optionalLabel={t('app.optional')}>
          {(a) => <input {...a} value={form.place} onChange={(e) => setForm((f) => ({ ...f, place: e.target.value }))} />}
        </Field>
        <section aria-labelledby="series-dates">
          <h3 id="series-dates">{t('series.dates', { count })}</h3>
          {preview?.tooMany ? (
            <p className="form-error">{t('series.tooMany', { max: MAX_SERIES })}</p>
          ) : (
            // The list scrolls in its box: a height on the columns themselves would add columns sideways.
            <div className="series-dates__box" tabIndex={0} role="region" aria-labelledby="series-dates">
              <ol className="series-dates">
                {(preview?.dates ?? []).map((d) => (
                  <li key={d}>{formatLongDate(d, i18n.language)}</li>
                ))}
              </ol>
            </div>
          )}
          <p className="muted small">{t('series.numbering')}</p>
        </section>
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || count === 0}>
            {t('series.create', { count })}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
