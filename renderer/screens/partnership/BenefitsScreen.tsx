// Rejestr wzajemnych korzyści (issue 16.5): per partner institution what it brings to the team and what it
// gains, agreed at a meeting and reviewed later; printed as PDF or DOCX.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src/api/contract';
import type { Benefit, DeclarationsView, Institution, MeetingSummary } from '../../../src/domain/types';
import { api } from '../../api';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { DateField } from '../../components/DateTimeFields';
import { AppDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { saveDocument } from '../../download';
import { formatDate } from '../../format';
import { focusFirstInvalid, validate, type FieldMessages } from '../../forms';
import { useMeetingWords } from '../../useMeetingWords';
import { useAction } from '../../useAction';
import { PartnershipPage } from './PartnershipNav';

function BenefitForm({ institution, entry, meetings, onSaved, onCancel }: { institution: Institution; entry: Benefit | null; meetings: MeetingSummary[]; onSaved: (m: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { nameOf } = useMeetingWords();
  const [form, setForm] = useState({ contributes: entry?.contributes ?? '', gains: entry?.gains ?? '', agreedAtMeetingId: entry?.agreedAtMeetingId ?? '', reviewedOn: entry?.reviewedOn ?? '' });
  const [fields, setFields] = useState<FieldMessages>({});
  const { run, error } = useAction();
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(contract['benefits.save'].input, { ...form, institutionId: institution.id, agreedAtMeetingId: form.agreedAtMeetingId || null }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      focusFirstInvalid();
      return;
    }
    if (await run(() => api.benefits.save(checked.data))) onSaved(t('benefits.saved', { name: institution.name }));
  }
  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('benefits.contributes')} error={fields.contributes}>
        {(a) => <textarea {...a} rows={4} value={form.contributes} onChange={(e) => set('contributes', e.target.value)} />}
      </Field>
      <Field label={t('benefits.gains')} error={fields.gains}>
        {(a) => <textarea {...a} rows={4} value={form.gains} onChange={(e) => set('gains', e.target.value)} />}
      </Field>
      <div className="grid-2">
        <Field label={t('benefits.agreedAt')} error={fields.agreedAtMeetingId} optionalLabel={t('app.optional')}>
          {(a) => (
            <select {...a} value={form.agreedAtMeetingId} onChange={(e) => set('agreedAtMeetingId', e.target.value)}>
              <option value="">{t('benefits.notAgreed')}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {nameOf(m, true)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField label={t('benefits.reviewedOn')} error={fields.reviewedOn} optionalLabel={t('app.optional')} value={form.reviewedOn} onChange={(v) => set('reviewedOn', v)} />
      </div>
      <ErrorText error={error} />
      <FormActions onCancel={onCancel} />
    </form>
  );
}

export function BenefitsScreen() {
  const { t, i18n } = useTranslation();
  const { nameOf } = useMeetingWords();
  const [entries, setEntries] = useState<Benefit[]>([]);
  const [partners, setPartners] = useState<DeclarationsView['overview']['institutions']>([]);
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [editing, setEditing] = useState<Institution | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const load = useCallback(
    () =>
      run(async () => {
        const [list, view, held] = await Promise.all([api.benefits.list(), api.declarations.list(), api.meetings.list({ kind: 'pzk', limit: 200 })]);
        setEntries(list);
        setPartners(view.overview.institutions.filter((r) => r.standing !== 'left'));
        setMeetings(held.filter((m) => m.status !== 'planned'));
      }),
    [run],
  );
  useEffect(() => void load(), [load]);
  const entryOf = (id: string) => entries.find((e) => e.institutionId === id) ?? null;
  const meetingOf = (id: string | null) => meetings.find((m) => m.id === id);

  return (
    <PartnershipPage title={t('benefits.title')} help={t('benefits.help')} notice={notice} error={error}>
      <section className="card" aria-labelledby="benefits-table">
        <h2 id="benefits-table">{t('benefits.partners')}</h2>
        <div className="toolbar">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(async () => saveDocument(await api.benefits.document({ format: 'pdf' })))}>
            {t('benefits.pdf')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.benefits.document({ format: 'docx' })))}>
            {t('benefits.docx')}
          </button>
        </div>
        {partners.length === 0 ? (
          <p className="muted">{t('benefits.none')}</p>
        ) : (
          <div className="table-wide" role="region" aria-label={t('benefits.partners')} tabIndex={0}>
            <table className="table">
              <ColumnHeaders labels={[t('benefits.institution'), t('benefits.contributes'), t('benefits.gains'), t('benefits.agreed'), t('declarations.columns.options')]} />
              <tbody>
                {partners.map(({ institution }) => {
                  const e = entryOf(institution.id);
                  const m = meetingOf(e?.agreedAtMeetingId ?? null);
                  return (
                    <tr key={institution.id}>
                      <th scope="row">{institution.name}</th>
                      <td className="pre-line">{e?.contributes || t('app.none')}</td>
                      <td className="pre-line">{e?.gains || t('app.none')}</td>
                      <td>
                        {m ? nameOf(m, true) : t("app.none")}
                        {e?.reviewedOn && <span className="small muted block">{t('benefits.reviewed', { date: formatDate(e.reviewedOn, i18n.language) })}</span>}
                      </td>
                      <td>
                        <button type="button" className="link-button" aria-label={t('declarations.editOf', { name: institution.name })} onClick={() => setEditing(institution)}>
                          {t('declarations.edit')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <AppDialog isOpen={editing !== null} onClose={() => setEditing(null)} wide title={editing ? t('benefits.editTitle', { name: editing.name }) : ''}>
        {editing && (
          <BenefitForm
            institution={editing}
            entry={entryOf(editing.id)}
            meetings={meetings}
            onCancel={() => setEditing(null)}
            onSaved={(message) => {
              setEditing(null);
              setNotice(message);
              void load();
            }}
          />
        )}
      </AppDialog>
    </PartnershipPage>
  );
}
