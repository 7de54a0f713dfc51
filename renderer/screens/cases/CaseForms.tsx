// The forms of one case's steps (issue 17.2): referral, diagnosis, consent (and its withdrawal), team, closure.
// The core checks every rule; its field errors are shown beside the fields (describeError), nothing is lost.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_DIFFICULTIES, CLOSE_REASONS, type CaseDifficulty, type CloseReason } from '../../../src/domain/cases';
import type { CaseView } from '../../../src/domain/types';
import { api } from '../../api';
import { DateField } from '../../components/DateTimeFields';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { describeError } from '../../errors';
import { useAppStore } from '../../store/app';
import { useAction } from '../../useAction';

const today = () => new Date().toISOString().slice(0, 10);

/** A form that sends one call and reports back: its field errors from the core, its busy state. */
export function useCaseForm(onSaved: (message: string) => void) {
  const { t } = useTranslation();
  const { run, error, busy } = useAction();
  const fields = describeError(error, t).fields;
  const send = (call: () => Promise<unknown>, message: string) => (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await call();
      onSaved(message);
    });
  };
  return { fields, error, busy, send };
}

export function FormEnd({ error, busy, label }: { error: unknown; busy: boolean; label: string }) {
  return (
    <>
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {label}
        </button>
      </div>
    </>
  );
}

/** Checkboxes for a set of values, as one labelled group. */
export function CheckGroup<V extends string>({ legend, values, chosen, label, onChange, error }: { legend: string; values: readonly V[]; chosen: readonly V[]; label: (v: V) => ReactNode; onChange: (next: V[]) => void; error?: string | undefined }) {
  return (
    <fieldset className="radio-group radio-group--row" aria-invalid={Boolean(error)}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="radio">
          <input type="checkbox" checked={chosen.includes(v)} onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v))} />
          {label(v)}
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

function InstitutionSelect({ label, value, onChange, error, ids, none }: { label: string; value: string; onChange: (v: string) => void; error?: string | undefined; ids?: readonly string[]; none?: string }) {
  const institutions = useAppStore((s) => s.institutions).filter((i) => !ids || ids.includes(i.id));
  return (
    <Field label={label} error={error}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)}>
          {none !== undefined && <option value="">{none}</option>}
          {institutions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function ReferralForm({ view, onSaved }: { view: CaseView; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const c = view.summary.case;
  const [form, setForm] = useState({ code: c.code, kind: c.kind, openedOn: c.openedOn ?? '', referredByInstitutionId: c.referredByInstitutionId ?? '' });
  const { fields, error, busy, send } = useCaseForm(onSaved);
  return (
    <form noValidate aria-label={t('cases.referral')} onSubmit={send(() => api.cases.updateReferral({ id: c.id, ...form, referredByInstitutionId: form.referredByInstitutionId || null }), t('cases.referralSaved'))}>
      <div className="grid-2">
        <Field label={t('cases.code')} hint={t('cases.codeHint')} error={fields.code}>
          {(a) => <input {...a} value={form.code} autoComplete="off" onChange={(e) => setForm((f) => ({ ...f, code: e.target.value }))} />}
        </Field>
        <Field label={t('cases.kind')}>
          {(a) => (
            <select {...a} value={form.kind} onChange={(e) => setForm((f) => ({ ...f, kind: e.target.value as typeof c.kind }))}>
              {(['family', 'person'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`cases.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField label={t('cases.openedOn')} error={fields.openedOn} value={form.openedOn} onChange={(v) => setForm((f) => ({ ...f, openedOn: v }))} />
        <InstitutionSelect label={t('cases.referredBy')} value={form.referredByInstitutionId} none={t('cases.noInstitution')} error={fields.referredByInstitutionId} onChange={(v) => setForm((f) => ({ ...f, referredByInstitutionId: v }))} />
      </div>
      <FormEnd error={error} busy={busy} label={t('cases.saveReferral')} />
    </form>
  );
}

export function DiagnosisForm({ view, onSaved }: { view: CaseView; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const c = view.summary.case;
  const [form, setForm] = useState({ diagnosedOn: c.diagnosedOn ?? today(), difficulties: c.difficulties, otherDifficulty: c.otherDifficulty ?? '' });
  const { fields, error, busy, send } = useCaseForm(onSaved);
  return (
    <form noValidate aria-label={t('cases.diagnosis')} onSubmit={send(() => api.cases.diagnose({ id: c.id, ...form }), t('cases.diagnosisSaved'))}>
      <DateField label={t('cases.diagnosedOn')} error={fields.diagnosedOn} value={form.diagnosedOn} onChange={(v) => setForm((f) => ({ ...f, diagnosedOn: v }))} />
      <CheckGroup<CaseDifficulty>
        legend={t('cases.difficulties')}
        values={CASE_DIFFICULTIES}
        chosen={form.difficulties}
        label={(d) => t(`cases.difficulty.${d}`)}
        error={fields.difficulties}
        onChange={(difficulties) => setForm((f) => ({ ...f, difficulties }))}
      />
      {form.difficulties.includes('other') && (
        <Field label={t('cases.otherDifficulty')} error={fields.otherDifficulty}>
          {(a) => <input {...a} value={form.otherDifficulty} onChange={(e) => setForm((f) => ({ ...f, otherDifficulty: e.target.value }))} />}
        </Field>
      )}
      <FormEnd error={error} busy={busy} label={t('cases.saveDiagnosis')} />
    </form>
  );
}

export function ConsentForm({ view, onSaved }: { view: CaseView; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const c = view.summary.case;
  const institutions = useAppStore((s) => s.institutions);
  const [form, setForm] = useState({ consentOn: c.consentOn ?? today(), consentScope: c.consentScope });
  const [withdrawnOn, setWithdrawnOn] = useState(today());
  const consent = useCaseForm(onSaved);
  const withdrawal = useCaseForm(onSaved);
  const name = (id: string) => institutions.find((i) => i.id === id)?.name ?? id;
  return (
    <>
      <p className="muted small">{t('cases.consentHint')}</p>
      <form noValidate aria-label={t('cases.consent')} onSubmit={consent.send(() => api.cases.recordConsent({ id: c.id, ...form }), t('cases.consentSaved'))}>
        <DateField label={t('cases.consentOn')} error={consent.fields.consentOn} value={form.consentOn} onChange={(v) => setForm((f) => ({ ...f, consentOn: v }))} />
        <CheckGroup legend={t('cases.consentScope')} values={institutions.map((i) => i.id)} chosen={form.consentScope} label={name} error={consent.fields.consentScope} onChange={(consentScope) => setForm((f) => ({ ...f, consentScope }))} />
        <FormEnd error={consent.error} busy={consent.busy} label={t('cases.saveConsent')} />
      </form>
      {c.consentOn && (
        <form noValidate aria-label={t('cases.withdraw')} onSubmit={withdrawal.send(() => api.cases.withdrawConsent({ id: c.id, withdrawnOn }), t('cases.withdrawn'))}>
          <DateField label={t('cases.withdrawnOn')} error={withdrawal.fields.withdrawnOn} value={withdrawnOn} onChange={setWithdrawnOn} />
          <FormEnd error={withdrawal.error} busy={withdrawal.busy} label={t('cases.withdraw')} />
        </form>
      )}
    </>
  );
}

export function TeamForm({ view, onSaved }: { view: CaseView; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const c = view.summary.case;
  const institutions = useAppStore((s) => s.institutions).filter((i) => c.consentScope.includes(i.id));
  const members = useAppStore((s) => s.members);
  const [team, setTeam] = useState<Record<string, string | null>>(Object.fromEntries(view.team.map((m) => [m.institutionId, m.memberId])));
  const [lead, setLead] = useState(c.leadInstitutionId ?? view.team[0]?.institutionId ?? '');
  const { fields, error, busy, send } = useCaseForm(onSaved);
  const chosen = institutions.filter((i) => i.id in team);
  const list = chosen.map((i) => ({ institutionId: i.id, memberId: team[i.id] ?? null }));
  return (
    <form noValidate aria-label={t('cases.team')} onSubmit={send(() => api.cases.setTeam({ id: c.id, members: list, leadInstitutionId: lead || (list[0]?.institutionId ?? '') }), t('cases.teamSaved'))}>
      <p className="muted small">{t('cases.teamHint')}</p>
      <fieldset className="checkbox-group checkbox-group--column">
        <legend>{t('cases.teamInstitutions')}</legend>
        {institutions.map((i) => (
          <div key={i.id} className="grid-2">
            <label className="radio">
              <input
                type="checkbox"
                checked={i.id in team}
                onChange={(e) =>
                  setTeam((tm) => {
                    const next = { ...tm };
                    if (e.target.checked) next[i.id] = null;
                    else delete next[i.id];
                    return next;
                  })
                }
              />
              {i.name}
            </label>
            {i.id in team && (
              <Field label={t('cases.contact', { institution: i.name })} error={fields[`members.${chosen.findIndex((x) => x.id === i.id)}.memberId`]}>
                {(a) => (
                  <select {...a} value={team[i.id] ?? ''} onChange={(e) => setTeam((tm) => ({ ...tm, [i.id]: e.target.value || null }))}>
                    <option value="">{t('cases.noContact')}</option>
                    {members
                      .filter((m) => m.institutionId === i.id && m.leftOn === null && m.anonymisedOn === null)
                      .map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.fullName}
                        </option>
                      ))}
                  </select>
                )}
              </Field>
            )}
          </div>
        ))}
      </fieldset>
      {chosen.length > 0 && <InstitutionSelect label={t('cases.lead')} value={lead} ids={chosen.map((i) => i.id)} error={fields.leadInstitutionId} onChange={setLead} />}
      {Object.entries(fields)
        .filter(([k]) => k.endsWith('.institutionId') || k === 'members')
        .map(([k, m]) => (
          <p key={k} className="field__error">
            {m}
          </p>
        ))}
      <FormEnd error={error} busy={busy} label={t('cases.saveTeam')} />
    </form>
  );
}

export function CloseForm({ view, onSaved }: { view: CaseView; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const c = view.summary.case;
  const [form, setForm] = useState<{ closedOn: string; closeReason: CloseReason; outcome: string }>({ closedOn: today(), closeReason: view.block === 'consent_withdrawn' ? 'consent_withdrawn' : 'completed', outcome: '' });
  const { fields, error, busy, send } = useCaseForm(onSaved);
  return (
    <form noValidate aria-label={t('cases.closure')} onSubmit={send(() => api.cases.close({ id: c.id, ...form }), t('cases.closedNotice'))}>
      <div className="grid-2">
        <DateField label={t('cases.closedOn')} error={fields.closedOn} value={form.closedOn} onChange={(v) => setForm((f) => ({ ...f, closedOn: v }))} />
        <Field label={t('cases.closeReason')} error={fields.closeReason}>
          {(a) => (
            <select {...a} value={form.closeReason} onChange={(e) => setForm((f) => ({ ...f, closeReason: e.target.value as CloseReason }))}>
              {CLOSE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`cases.reason.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('cases.outcome')} optionalLabel={t('app.optional')} hint={t('cases.outcomeHint')} error={fields.outcome}>
        {(a) => <textarea {...a} rows={2} value={form.outcome} onChange={(e) => setForm((f) => ({ ...f, outcome: e.target.value }))} />}
      </Field>
      <FormEnd error={error} busy={busy} label={t('cases.close')} />
    </form>
  );
}
