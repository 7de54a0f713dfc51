// Sprawy (issue 17.2): the cases of the task level on their pseudonym codes — where each stands, how long it has
// lasted, its goals achieved and tasks overdue — and the referral of a new one.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src/api/contract';
import type { CaseSummary } from '../../../src/domain/types';
import { api } from '../../api';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { DateField } from '../../components/DateTimeFields';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { describeError } from '../../errors';
import { formatDate } from '../../format';
import { focusFirstInvalid, validate, type FieldMessages } from '../../forms';
import { navigate } from '../../router';
import { useAppStore } from '../../store/app';
import { useAction } from '../../useAction';

function NewCaseForm({ onCreated }: { onCreated: (id: string, code: string) => void }) {
  const { t } = useTranslation();
  const institutions = useAppStore((s) => s.institutions);
  const [form, setForm] = useState({ code: '', kind: 'family', openedOn: new Date().toISOString().slice(0, 10), referredByInstitutionId: '' });
  const [fields, setFields] = useState<FieldMessages>({});
  const { run, error, busy } = useAction();
  const shown = { ...describeError(error, t).fields, ...fields };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...form, referredByInstitutionId: form.referredByInstitutionId || null };
    const checked = validate(contract['cases.create'].input, input, t);
    if (!checked.ok) {
      setFields(checked.fields);
      focusFirstInvalid();
      return;
    }
    setFields({});
    const created = await run(() => api.cases.create(checked.data));
    if (created) onCreated(created.id, created.code);
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.new')}>
      <div className="grid-2">
        <Field label={t('cases.code')} hint={t('cases.codeHint')} error={error ? shown.code : fields.code}>
          {(a) => <input {...a} value={form.code} autoComplete="off" onChange={(e) => setForm((f) => ({ ...f, code: e.target.value }))} />}
        </Field>
        <Field label={t('cases.kind')}>
          {(a) => (
            <select {...a} value={form.kind} onChange={(e) => setForm((f) => ({ ...f, kind: e.target.value }))}>
              {(['family', 'person'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`cases.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField label={t('cases.openedOn')} error={shown.openedOn} value={form.openedOn} onChange={(v) => setForm((f) => ({ ...f, openedOn: v }))} />
        <Field label={t('cases.referredBy')} optionalLabel={t('app.optional')} error={shown.referredByInstitutionId}>
          {(a) => (
            <select {...a} value={form.referredByInstitutionId} onChange={(e) => setForm((f) => ({ ...f, referredByInstitutionId: e.target.value }))}>
              <option value="">{t('cases.noInstitution')}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('cases.create')}
        </button>
      </div>
    </form>
  );
}

export function CasesScreen() {
  const { t, i18n } = useTranslation();
  const model = useAppStore((s) => s.team?.modelType ?? 'miejska');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error } = useAction();
  const load = useCallback(() => run(async () => setCases(await api.cases.list())), [run]);
  useEffect(() => void load(), [load]);
  return (
    <Page title={t('cases.title')} help={t('cases.help', { level: t(`cases.level.${model}`) })} notice={notice} error={error}>
      <section className="card" aria-labelledby="cases-list">
        <h2 id="cases-list">{t('cases.title')}</h2>
        {cases && cases.length === 0 && <p className="muted">{t('cases.none')}</p>}
        {cases && cases.length > 0 && (
          <div className="table-wide" role="region" aria-labelledby="cases-list" tabIndex={0}>
            <table className="table">
              <ColumnHeaders labels={(['code', 'stage', 'openedOn', 'months', 'goals', 'overdue'] as const).map((c) => t(`cases.columns.${c}`))} />
              <tbody>
                {cases.map((s) => (
                  <tr key={s.case.id}>
                    <th scope="row">
                      <a href={`#/cases/${encodeURIComponent(s.case.id)}`} onClick={(e) => { e.preventDefault(); navigate({ name: 'cases', id: s.case.id }); }}>
                        {s.case.code}
                      </a>{' '}
                      <span className="muted small">({t(`cases.kinds.${s.case.kind}`)})</span>
                    </th>
                    <td>
                      <span className={`badge ${s.stage === 'closed' ? 'badge--approved' : 'badge--planned'}`}>{t(`cases.stage.${s.stage}`)}</span>
                      {s.case.closeReason && <span className="small muted block">{t(`cases.reason.${s.case.closeReason}`)}</span>}
                    </td>
                    <td className="nowrap">{s.case.openedOn ? formatDate(s.case.openedOn, i18n.language) : t('app.none')}</td>
                    <td>{s.months === null ? t('app.none') : t('cases.months', { count: s.months })}</td>
                    <td>{t('cases.goalsOf', { achieved: s.goalsAchieved, goals: s.goals })}</td>
                    <td>{s.tasksOverdue > 0 ? <span className="badge badge--overdue">{s.tasksOverdue}</span> : 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="cases-new">
        <h2 id="cases-new">{t('cases.new')}</h2>
        <NewCaseForm
          onCreated={(id, code) => {
            setNotice(t('cases.created', { code }));
            navigate({ name: 'cases', id });
          }}
        />
      </section>
    </Page>
  );
}
