import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../src/api/contract';
import { MEETING_KINDS, namedPzkType, type MeetingKind, type PzkMeetingType } from '../../src/domain/enums';
import { standardAgendaOf } from '../../src/domain/meetingTypes.pl';
import { nextSeqInYear, yearOf } from '../../src/domain/rules';
import { useMeetingWords } from '../useMeetingWords';
import type { AgendaTemplate, MeetingSummary } from '../../src/domain/types';
import { api } from '../api';
import { useChanges } from '../store/changes';
import { MeetingStatusBadge } from '../components/Badges';
import { AppDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { DateField, TimeField } from '../components/DateTimeFields';
import { describeError } from '../errors';
import { formatDate, formatTimeRange, isoDate } from '../format';
import { focusFirstInvalid, validate, type FieldMessages } from '../forms';
import { navigate } from '../router';
import { saveDocument } from '../download';
import { useAction } from '../useAction';
import { SeriesDialog } from './SeriesDialog';
import { MeetingTypeFields } from './meeting/MeetingTypeFields';

/** Where a new meeting's agenda comes from: the standard one, the previous meeting's, a team template (by id), none. */
type AgendaSource = 'standard' | 'previous' | 'empty' | { template: string };

const validYear = (year: number) => Number.isFinite(year) && year > 1999 && year <= 2100;

function nextNumber(sameYear: MeetingSummary[], kind: MeetingKind, year: number): string {
  const seqInYear = nextSeqInYear(sameYear.flatMap((m) => (m.kind === kind && m.year === year && m.seqInYear !== null ? [m.seqInYear] : [])));
  return validYear(year) ? `${seqInYear}/${year}` : '—';
}

function NewMeetingDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { kindOf } = useMeetingWords();
  const [form, setForm] = useState({ kind: 'pzk' as MeetingKind, pzkType: 'working' as PzkMeetingType, date: isoDate(new Date()), endsOn: '', startTime: '10:00', endTime: '12:00', place: '', onlineUrl: '' });
  const [source, setSource] = useState<AgendaSource>('standard');
  const [templates, setTemplates] = useState<AgendaTemplate[]>([]);
  useEffect(() => void api.agendaTemplates.list().then(setTemplates, () => setTemplates([])), []);
  const [fields, setFields] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  // What the dialog says comes from the year of the date typed and the latest meeting of the kind,
  // asked for as they change: never the whole list of a long-lived team.
  const year = yearOf(form.date);
  const [sameYear, setSameYear] = useState<MeetingSummary[]>([]);
  const [previous, setPrevious] = useState<MeetingSummary | null>(null);
  useEffect(() => {
    let stale = false;
    if (validYear(year)) void api.meetings.list({ year }).then((list) => !stale && setSameYear(list));
    return () => {
      stale = true;
    };
  }, [year]);
  useEffect(() => {
    let stale = false;
    void api.meetings.list({ kind: form.kind, limit: 1 }).then(([latest]) => !stale && setPrevious(latest ?? null));
    return () => {
      stale = true;
    };
  }, [form.kind]);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    let agenda: string[] = [];
    // The agenda goes into an official record: always the Polish one, whatever the UI language.
    if (source === 'standard') agenda = [...standardAgendaOf(form.kind, form.pzkType)];
    if (source === 'previous' && previous) agenda = (await api.meetings.get({ id: previous.id })).agenda.map((i) => i.title);
    if (typeof source === 'object') agenda = templates.find((tpl) => tpl.id === source.template)?.items ?? [];
    const checked = validate(contract['meetings.create'].input, { ...form, pzkType: form.kind === 'pzk' ? form.pzkType : null, agenda }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      setError(t('errors.VALIDATION_FAILED'));
      focusFirstInvalid();
      return;
    }
    try {
      const meeting = await api.meetings.create(checked.data);
      onClose();
      navigate({ name: 'meeting', id: meeting.id });
    } catch (e) {
      const shown = describeError(e, t);
      setFields(shown.fields);
      setError(shown.message);
    }
  }

  const input = (key: 'place' | 'onlineUrl', type: string) => (
    <Field label={t(`meetings.${key}`)} error={fields[key]} optionalLabel={t('app.optional')}>
      {(a11y) => <input {...a11y} type={type} name={key} value={form[key]} onChange={(e) => set(key)(e.target.value)} />}
    </Field>
  );
  const time = (key: 'startTime' | 'endTime') => (
    <TimeField label={t(`meetings.${key}`)} name={key} error={fields[key]} optionalLabel={t('app.optional')} value={form[key]} onChange={set(key)} />
  );

  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('meetings.newTitle')}>
      <form onSubmit={submit} noValidate className="dialog__form">
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <Field label={t('meetings.kindLabel')}>
          {(a11y) => (
            <select {...a11y} value={form.kind} onChange={(e) => set('kind')(e.target.value)}>
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindOf(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.kind === 'pzk' && <MeetingTypeFields pzkType={form.pzkType} endsOn={form.endsOn} fields={fields} onChange={(v) => setForm((f) => ({ ...f, ...v }))} />}
        <div className="grid-3">
          <DateField label={t('meetings.date')} name="date" error={fields.date} value={form.date} onChange={set('date')} />
          {time('startTime')}
          {time('endTime')}
        </div>
        {input('place', 'text')}
        {input('onlineUrl', 'url')}
        <fieldset className="radio-group">
          <legend>{t('meetings.agendaSource')}</legend>
          <label className="radio">
            <input type="radio" name="agenda" checked={source === 'standard'} onChange={() => setSource('standard')} />
            {t('meetings.agendaStandard')}
          </label>
          {previous && (
            <label className="radio">
              <input type="radio" name="agenda" checked={source === 'previous'} onChange={() => setSource('previous')} />
              {previous.number ? t('meetings.agendaPrevious', { number: previous.number }) : t('meetings.agendaPreviousPlanned', { date: formatDate(previous.date, i18n.language) })}
            </label>
          )}
          {templates.map((tpl) => (
            <label key={tpl.id} className="radio">
              <input type="radio" name="agenda" checked={typeof source === 'object' && source.template === tpl.id} onChange={() => setSource({ template: tpl.id })} />
              {t('meetings.agendaTemplate', { name: tpl.name, count: tpl.items.length })}
            </label>
          ))}
          <label className="radio">
            <input type="radio" name="agenda" checked={source === 'empty'} onChange={() => setSource('empty')} />
            {t('meetings.agendaEmpty')}
          </label>
        </fieldset>
        <p className="muted" aria-live="polite">
          {t('meetings.willBe', { number: nextNumber(sameYear, form.kind, year) })}
        </p>
        <FormActions onCancel={onClose} submitLabel={t('meetings.create')} />
      </form>
    </AppDialog>
  );
}

export function MeetingsScreen({ year }: { year: number | undefined }) {
  const { t, i18n } = useTranslation();
  const { kindOf, nameOf } = useMeetingWords();
  /** "PZK", or "PZK · spotkanie formalizujące" for a type other than the working meeting. */
  const kindLabel = (m: MeetingSummary) => {
    const type = namedPzkType(m);
    return type ? `${t('kind.pzk')} · ${t(`pzkType.${type}`)}` : kindOf(m.kind);
  };
  // A year at a time (issue 12): the years with meetings, then the shown year's meetings.
  const [years, setYears] = useState<number[] | null>(null);
  const [loaded, setLoaded] = useState<{ year: number; meetings: MeetingSummary[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [planning, setPlanning] = useState(false);
  const [planned, setPlanned] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const { run, error: scheduleError } = useAction();
  const schedule = (y: number) => run(async () => saveDocument(await api.meetings.schedule({ year: y })));
  useEffect(() => {
    api.meetings.years().then((ys) => setYears(ys.map((y) => y.year)), setError);
  }, [version]);
  useChanges(['meeting'], () => setVersion((v) => v + 1));
  const shownYear = year ?? years?.[0];
  useEffect(() => {
    if (shownYear === undefined) return;
    let stale = false;
    api.meetings.list({ year: shownYear }).then((list) => !stale && setLoaded({ year: shownYear, meetings: list }), setError);
    return () => {
      stale = true;
    };
  }, [shownYear, version]);
  const meetings = years && years.length === 0 ? [] : loaded && loaded.year === shownYear ? loaded.meetings : null;
  const shown = meetings ?? [];
  const yearChoices = years && shownYear !== undefined && !years.includes(shownYear) ? [shownYear, ...years] : (years ?? []);

  return (
    <main id="content" tabIndex={-1} className="page">
      <header className="page__header page__header--row">
        <h1 tabIndex={-1}>{t('meetings.title')}</h1>
        <div className="toolbar">
          {yearChoices.length > 0 && (
            <Field label={t('meetings.year')}>
              {(a11y) => (
                <select {...a11y} value={shownYear} onChange={(e) => navigate({ name: 'meetings', year: Number(e.target.value) }, { replace: true })}>
                  {yearChoices.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {shownYear !== undefined && (
            <button type="button" className="button" onClick={() => void schedule(shownYear)}>
              {t('invitation.schedule', { year: shownYear })}
            </button>
          )}
          <button type="button" className="button" onClick={() => setPlanning(true)}>
            {t('series.open')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('meetings.new')}
          </button>
        </div>
      </header>
      {planned !== null && (
        <p role="status" className="form-ok">
          {t('series.done', { count: planned })}
        </p>
      )}
      {planning && (
        <SeriesDialog
          onClose={() => setPlanning(false)}
          onCreated={(count) => {
            setPlanning(false);
            setPlanned(count);
            setVersion((v) => v + 1);
          }}
        />
      )}
      <ErrorText error={error} />
      <ErrorText error={scheduleError} />
      {meetings && shown.length === 0 && <p className="empty">{t('meetings.empty')}</p>}
      {shown.length > 0 && (
        <table className="table card">
          <caption className="visually-hidden">{t('meetings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.columns.number')}</th>
              <th scope="col">{t('meetings.columns.kind')}</th>
              <th scope="col">{t('meetings.columns.date')}</th>
              <th scope="col">{t('meetings.columns.time')}</th>
              <th scope="col">{t('meetings.columns.place')}</th>
              <th scope="col">{t('meetings.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id}>
                <td>
                  <a href={`#/meetings/${m.id}`} onClick={(e) => { e.preventDefault(); navigate({ name: 'meeting', id: m.id }); }}>
                    {nameOf(m)}
                  </a>
                </td>
                <td>{kindLabel(m)}</td>
                <td>{formatDate(m.date, i18n.language)}{m.endsOn && ` – ${formatDate(m.endsOn, i18n.language)}`}</td>
                <td>{formatTimeRange(m.startTime, m.endTime)}</td>
                <td>{m.place ?? (m.onlineUrl ? t('meeting.online') : '—')}</td>
                <td>
                  <MeetingStatusBadge status={m.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <NewMeetingDialog isOpen onClose={() => setCreating(false)} />}
    </main>
  );
}
