import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionInput, memberInput } from '../../src/api/contract';
import { MEMBER_ROLES, SECTORS, type MemberRole, type Sector } from '../../src/domain/enums';
import { Field } from '../components/Field';
import { describeError } from '../errors';
import { focusFirstInvalid, validate, type FieldMessages } from '../forms';
import { useAppStore } from '../store';

const NEW = '__new__';

const emptyForm = {
  fullName: '',
  institutionId: '',
  newInstitutionName: '',
  sector: 'social_assistance' as Sector,
  position: '',
  role: 'member' as MemberRole,
  email: '',
  phone: '',
};

export function AddMemberForm() {
  const { t } = useTranslation();
  const institutions = useAppStore((s) => s.institutions);
  const addMember = useAppStore((s) => s.addMember);
  const [form, setForm] = useState(emptyForm);
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const creatingInstitution = form.institutionId === NEW;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const member = validate(memberInput, { ...form, institutionId: creatingInstitution ? null : form.institutionId || null }, t);
    const institution = creatingInstitution
      ? validate(institutionInput, { name: form.newInstitutionName, sector: form.sector }, t)
      : null;
    if (!member.ok || (institution && !institution.ok)) {
      setFields({
        ...(member.ok ? {} : member.fields),
        ...(institution && !institution.ok ? { newInstitutionName: institution.fields.name ?? '' } : {}),
      });
      setMessage({ kind: 'error', text: t('errors.VALIDATION_FAILED') });
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      const added = await addMember(member.data, institution?.ok ? institution.data : undefined);
      setForm({ ...emptyForm, institutionId: form.institutionId === NEW ? (added.institutionId ?? '') : form.institutionId });
      setFields({});
      setMessage({ kind: 'ok', text: t('member.added', { name: added.fullName }) });
      document.getElementById('member-fullName')?.focus();
    } catch (error) {
      const shown = describeError(error, t);
      // A duplicate institution name is reported on the institution field of this form.
      setFields(shown.fields.name ? { newInstitutionName: shown.fields.name } : shown.fields);
      setMessage({ kind: 'error', text: shown.message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('member.addTitle')}</h2>
      <div aria-live="polite">
        {message && (
          <p className={message.kind === 'error' ? 'form-error' : 'form-ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      <Field id="member-fullName" label={t('member.fullName')} error={fields.fullName}>
        {(a11y) => (
          <input {...a11y} name="fullName" autoComplete="off" value={form.fullName} onChange={(e) => set('fullName', e.target.value)} />
        )}
      </Field>
      <Field label={t('member.institution')} error={fields.institutionId}>
        {(a11y) => (
          <select {...a11y} name="institutionId" value={form.institutionId} onChange={(e) => set('institutionId', e.target.value)}>
            <option value="">{t('member.chooseInstitution')}</option>
            {institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
            <option value={NEW}>{t('member.newInstitution')}</option>
          </select>
        )}
      </Field>
      {creatingInstitution && (
        <div className="nested">
          <Field label={t('member.newInstitutionName')} error={fields.newInstitutionName}>
            {(a11y) => (
              <input {...a11y} name="newInstitutionName" autoComplete="off" value={form.newInstitutionName} onChange={(e) => set('newInstitutionName', e.target.value)} />
            )}
          </Field>
          <Field label={t('member.sector')}>
            {(a11y) => (
              <select {...a11y} name="sector" value={form.sector} onChange={(e) => set('sector', e.target.value as Sector)}>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`sector.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      <Field label={t('member.position')} error={fields.position} optionalLabel={t('setup.optional')}>
        {(a11y) => <input {...a11y} name="position" autoComplete="off" value={form.position} onChange={(e) => set('position', e.target.value)} />}
      </Field>
      <Field label={t('member.role')}>
        {(a11y) => (
          <select {...a11y} name="role" value={form.role} onChange={(e) => set('role', e.target.value as MemberRole)}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid-2">
        <Field label={t('member.email')} error={fields.email} optionalLabel={t('setup.optional')}>
          {(a11y) => <input {...a11y} type="email" name="email" autoComplete="off" value={form.email} onChange={(e) => set('email', e.target.value)} />}
        </Field>
        <Field label={t('member.phone')} error={fields.phone} optionalLabel={t('setup.optional')}>
          {(a11y) => <input {...a11y} type="tel" name="phone" autoComplete="off" value={form.phone} onChange={(e) => set('phone', e.target.value)} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('member.submit')}
        </button>
      </div>
    </form>
  );
}
