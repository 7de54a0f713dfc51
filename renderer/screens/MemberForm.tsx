// Adding or editing a member, with an institution picked from the list or created on the spot.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionInput, memberInput } from '../../src/api/contract';
import { MEMBER_ROLES, SECTORS, type MemberRole, type Sector } from '../../src/domain/enums';
import type { Member } from '../../src/domain/types';
import { api } from '../api';
import { Field } from '../components/Field';
import { DateField } from '../components/DateTimeFields';
import { describeError } from '../errors';
import { focusFirstInvalid, validate, type FieldMessages } from '../forms';
import { useAppStore } from '../store/app';

const NEW = '__new__';

const formOf = (m: Member | null) => ({
  fullName: m?.fullName ?? '',
  institutionId: m?.institutionId ?? '',
  newInstitutionName: '',
  sector: 'social_assistance' as Sector,
  position: m?.position ?? '',
  role: (m?.role ?? 'member') as MemberRole,
  email: m?.email ?? '',
  phone: m?.phone ?? '',
  joinedOn: m?.joinedOn ?? '',
});

export function MemberForm({ member, onDone }: { member: Member | null; onDone?: (saved: Member) => void }) {
  const { t } = useTranslation();
  const institutions = useAppStore((s) => s.institutions);
  const refreshRoster = useAppStore((s) => s.refreshRoster);
  const [form, setForm] = useState(() => formOf(member));
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const creatingInstitution = form.institutionId === NEW;
  const idPrefix = member ? `edit-${member.id}` : 'member';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checkedMember = validate(memberInput, { ...form, institutionId: creatingInstitution ? null : form.institutionId || null }, t);
    const checkedInstitution = creatingInstitution ? validate(institutionInput, { name: form.newInstitutionName, sector: form.sector }, t) : null;
    // Both are checked before anything is written, so a refused member never leaves a stray institution.
    if (!checkedMember.ok || (checkedInstitution && !checkedInstitution.ok)) {
      setFields({
        ...(checkedMember.ok ? {} : checkedMember.fields),
        ...(checkedInstitution && !checkedInstitution.ok ? { newInstitutionName: checkedInstitution.fields.name ?? '' } : {}),
      });
      setMessage({ kind: 'error', text: t('errors.VALIDATION_FAILED') });
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      let institutionId = checkedMember.data.institutionId;
      if (checkedInstitution?.ok) {
        institutionId = (await api.institutions.create(checkedInstitution.data)).id;
        set('institutionId', institutionId);
      }
      const input = { ...checkedMember.data, institutionId };
      const saved = member ? await api.members.update({ ...input, id: member.id }) : await api.members.create(input);
      await refreshRoster();
      setFields({});
      if (member) {
        setMessage({ kind: 'ok', text: t('member.saved', { name: saved.fullName }) });
      } else {
        setForm({ ...formOf(null), institutionId: institutionId ?? '' });
        setMessage({ kind: 'ok', text: t('member.added', { name: saved.fullName }) });
        document.getElementById(`${idPrefix}-fullName`)?.focus();
      }
      onDone?.(saved);
    } catch (error) {
      const shown = describeError(error, t);
      setFields(shown.fields.name ? { newInstitutionName: shown.fields.name } : shown.fields);
      setMessage({ kind: 'error', text: shown.message });
    } finally {
      setSaving(false);
    }
  }

  const text = (key: 'position' | 'email' | 'phone', type = 'text') => (
    <Field label={t(`member.${key}`)} error={fields[key]} optionalLabel={t('app.optional')}>
      {(a11y) => <input {...a11y} type={type} name={key} autoComplete="off" value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={member ? t('roster.editTitle', { name: member.fullName }) : t('member.addTitle')}>
      <div aria-live="polite">
        {message && (
          <p className={message.kind === 'error' ? 'form-error' : 'form-ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      <Field id={`${idPrefix}-fullName`} label={t('member.fullName')} error={fields.fullName}>
        {(a11y) => <input {...a11y} name="fullName" autoComplete="off" value={form.fullName} onChange={(e) => set('fullName', e.target.value)} />}
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
            {(a11y) => <input {...a11y} name="newInstitutionName" autoComplete="off" value={form.newInstitutionName} onChange={(e) => set('newInstitutionName', e.target.value)} />}
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
      {text('position')}
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
        {text('email', 'email')}
        {text('phone', 'tel')}
      </div>
      <DateField label={t('member.joinedOn')} name="joinedOn" error={fields.joinedOn} optionalLabel={t('app.optional')} value={form.joinedOn} onChange={(v) => set('joinedOn', v)} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {member ? t('app.save') : t('member.submit')}
        </button>
      </div>
    </form>
  );
}
