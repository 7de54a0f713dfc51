// The support the team received (issue 17.4), on the statistics screen: the period's sessions, hours and
// participants by kind, beside the table the entries themselves, each recorded as counts — never names.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../src/api/contract';
import type { SupportEntryRecord } from '../../src/domain/entities';
import { SUPPORT_KINDS, type SupportKind } from '../../src/domain/support';
import type { SupportView } from '../../src/domain/types';
import { api } from '../api';
import { ColumnHeaders } from '../components/ColumnHeaders';
import { DateField } from '../components/DateTimeFields';
import { AppDialog, ConfirmDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { describeError } from '../errors';
import { formatDate } from '../format';
import { focusFirstInvalid, validate, type FieldMessages } from '../forms';
import { useAction } from '../useAction';

/** "1,5" as Polish offices write it, or "1.5". */
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

function SupportForm({ entry, onSaved, onCancel }: { entry: SupportEntryRecord | null; onSaved: (m: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({
    date: entry?.date ?? '',
    kind: (entry?.kind ?? 'training') as SupportKind,
    hours: entry ? String(entry.hours).replace('.', ',') : '',
    participants: entry ? String(entry.participants) : '',
    provider: entry?.provider ?? '',
    topic: entry?.topic ?? '',
  });
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(contract['support.save'].input, { ...form, ...(entry && { id: entry.id }), hours: number(form.hours), participants: number(form.participants) }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      focusFirstInvalid();
      return;
    }
    try {
      await api.support.save(checked.data);
      onSaved(t('support.saved', { date: formatDate(checked.data.date, i18n.language) }));
    } catch (err) {
      // The core's own check (a day to come): the field says why.
      const shown = describeError(err, t);
      setFields(shown.fields);
      setMessage(shown.message);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <div className="grid-2">
        <DateField label={t('support.date')} error={fields.date} value={form.date} onChange={(v) => set('date', v)} />
        <Field label={t('support.kind')} error={fields.kind}>
          {(a) => (
            <select {...a} value={form.kind} onChange={(e) => set('kind', e.target.value as SupportKind)}>
              {SUPPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`support.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('support.hours')} hint={t('support.hoursHint')} error={fields.hours}>
          {(a) => <input {...a} inputMode="decimal" value={form.hours} onChange={(e) => set('hours', e.target.value)} />}
        </Field>
        <Field label={t('support.participants')} hint={t('support.participantsHint')} error={fields.participants}>
          {(a) => <input {...a} inputMode="numeric" value={form.participants} onChange={(e) => set('participants', e.target.value)} />}
        </Field>
      </div>
      <Field label={t('support.provider')} hint={t('support.providerHint')} error={fields.provider}>
        {(a) => <input {...a} value={form.provider} onChange={(e) => set('provider', e.target.value)} />}
      </Field>
      <Field label={t('support.topic')} error={fields.topic} optionalLabel={t('app.optional')}>
        {(a) => <input {...a} value={form.topic} onChange={(e) => set('topic', e.target.value)} />}
      </Field>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <FormActions onCancel={onCancel} />
    </form>
  );
}

const hoursText = (hours: number, language: string) => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hours);

export function SupportCard({ period }: { period: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<SupportView | null>(null);
  const [editing, setEditing] = useState<SupportEntryRecord | 'new' | null>(null);
  const [removing, setRemoving] = useState<SupportEntryRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error } = useAction();
  const load = useCallback(() => run(async () => setView(await api.support.list(period))), [run, period]);
  useEffect(() => void load(), [load]);
  const changed = (message: string) => {
    setEditing(null);
    setNotice(message);
    void load();
  };
  const shown = view?.entries.filter((e) => e.date >= period.from && e.date <= period.to) ?? [];
  const when = (e: SupportEntryRecord) => formatDate(e.date, i18n.language);

  return (
    <section className="card" aria-labelledby="stats-support">
      <div className="card__header">
        <h2 id="stats-support">{t('support.title')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('support.add')}
        </button>
      </div>
      <p className="muted small card__help">{t('support.help')}</p>
      {notice && (
        <p role="status" className="form-ok">
          {notice}
        </p>
      )}
      <ErrorText error={error} />
      {view && (
        <table className="table">
          <caption className="visually-hidden">{t('support.sumsCaption')}</caption>
          <ColumnHeaders labels={[t('support.kind'), t('support.sessions'), t('support.hours'), t('support.participants')]} />
          <tbody>
            {SUPPORT_KINDS.filter((k) => view.sums.byKind[k].sessions > 0).map((k) => (
              <tr key={k}>
                <th scope="row">{t(`support.kinds.${k}`)}</th>
                <td>{view.sums.byKind[k].sessions}</td>
                <td>{hoursText(view.sums.byKind[k].hours, i18n.language)}</td>
                <td>{view.sums.byKind[k].participants}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('support.total')}</th>
              <td>{view.sums.total.sessions}</td>
              <td>{hoursText(view.sums.total.hours, i18n.language)}</td>
              <td>{view.sums.total.participants}</td>
            </tr>
          </tbody>
        </table>
      )}
      {view && shown.length === 0 && <p className="empty">{t('support.none')}</p>}
      {shown.length > 0 && (
        <ul className="plain-list support-entries" aria-label={t('support.entries')}>
          {shown.map((e) => (
            <li key={e.id}>
              <strong>{when(e)}</strong> · {t(`support.kinds.${e.kind}`)}
              {e.topic && ` — ${e.topic}`} · {t('support.line', { hours: hoursText(e.hours, i18n.language), participants: e.participants, provider: e.provider })}{' '}
              <button type="button" className="link-button" aria-label={t('support.editOf', { date: when(e) })} onClick={() => setEditing(e)}>
                {t('app.edit')}
              </button>{' '}
              <button type="button" className="link-button link-button--danger" aria-label={t('support.removeOf', { date: when(e) })} onClick={() => setRemoving(e)}>
                {t('app.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AppDialog isOpen={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('support.add') : editing ? t('support.editOf', { date: when(editing) }) : ''}>
        {editing && <SupportForm entry={editing === 'new' ? null : editing} onSaved={changed} onCancel={() => setEditing(null)} />}
      </AppDialog>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('support.removeTitle')}
        body={t('support.removeBody', { date: removing ? when(removing) : '' })}
        confirmLabel={t('app.remove')}
        cancelLabel={t('app.cancel')}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const entry = removing!;
          setRemoving(null);
          void run(async () => {
            await api.support.remove({ id: entry.id });
            changed(t('support.removed', { date: when(entry) }));
          });
        }}
      />
    </section>
  );
}
