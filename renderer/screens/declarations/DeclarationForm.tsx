// Filling in one declaration: who signs for the institution, its delegate and deputy from the roster,
// the dates (signed, renewed, withdrawn) and the signed scan. A missing declaration is created on save.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src/api/contract';
import { typeAndSize } from '../../../src/domain/attachments';
import type { DeclarationKind } from '../../../src/domain/enums';
import type { Declaration, Member } from '../../../src/domain/types';
import { api } from '../../api';
import { DateField } from '../../components/DateTimeFields';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { FilePicker } from '../../components/FilePicker';
import { FormActions } from '../../components/FormActions';
import { MemberOptions } from '../../components/MemberOptions';
import { describeError } from '../../errors';
import { focusFirstInvalid, validate, type FieldMessages } from '../../forms';
import { readBytes } from '../../readFile';

export interface DeclarationTarget {
  kind: DeclarationKind;
  /** Whose declaration: the institution's or the member's name. */
  name: string;
  institutionId: string | null;
  memberId: string | null;
  declaration: Declaration | null;
  /** The institution's members on the roster today: its possible delegates. */
  representatives: Member[];
}

const formOf = (d: Declaration | null) => ({
  headName: d?.headName ?? '',
  headPosition: d?.headPosition ?? '',
  delegateMemberId: d?.delegateMemberId ?? '',
  deputyMemberId: d?.deputyMemberId ?? '',
  signedOn: d?.signedOn ?? '',
  renewedOn: d?.renewedOn ?? '',
  withdrawnOn: d?.withdrawnOn ?? '',
});

export function DeclarationForm({ target, onSaved, onCancel }: { target: DeclarationTarget; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => formOf(target.declaration));
  const [fields, setFields] = useState<FieldMessages>({});
  const [error, setError] = useState<unknown>(null);
  const [scan, setScan] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const accession = target.kind === 'accession';
  const current = target.declaration;
  // A delegate on record who has left since stays selectable, so that saving the dates does not drop them.
  const known = [current?.delegateMemberId, current?.deputyMemberId].filter((id): id is string => !!id && !target.representatives.some((m) => m.id === id));
  const candidates = [...target.representatives, ...known.map((id) => ({ id, fullName: t('declarations.memberLeft') }) as Member)];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const values = accession ? form : { ...form, headName: '', headPosition: '', delegateMemberId: '', deputyMemberId: '' };
    const input = { ...values, delegateMemberId: values.delegateMemberId || null, deputyMemberId: values.deputyMemberId || null };
    const checked = current
      ? validate(contract['declarations.update'].input, { ...input, id: current.id }, t)
      : validate(contract['declarations.create'].input, { ...input, kind: target.kind, institutionId: target.institutionId, memberId: target.memberId }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = current ? await api.declarations.update({ ...input, id: current.id }) : await api.declarations.create({ ...input, kind: target.kind, institutionId: target.institutionId, memberId: target.memberId });
      if (scan) await api.declarations.attachScan({ id: saved.id, fileName: scan.name, bytes: await readBytes(scan) });
      onSaved(t('declarations.form.saved', { name: target.name }));
    } catch (err) {
      setFields(describeError(err, t).fields);
      setError(err);
      focusFirstInvalid();
    } finally {
      setSaving(false);
    }
  }

  async function removeScan() {
    if (!current) return;
    try {
      await api.declarations.removeScan({ id: current.id });
      onSaved(t('declarations.form.saved', { name: target.name }));
    } catch (err) {
      setError(err);
    }
  }

  async function removeDeclaration() {
    if (!current) return;
    try {
      await api.declarations.remove({ id: current.id });
      onSaved(t('declarations.form.removed', { name: target.name }));
    } catch (err) {
      setError(err);
    }
  }

  const text = (key: 'headName' | 'headPosition') => (
    <Field label={t(`declarations.form.${key}`)} error={fields[key]} optionalLabel={t('app.optional')}>
      {(a) => <input {...a} name={key} autoComplete="off" value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const member = (key: 'delegateMemberId' | 'deputyMemberId', label: string) => (
    <Field label={label} error={fields[key]} optionalLabel={t('app.optional')}>
      {(a) => (
        <select {...a} name={key} value={form[key]} onChange={(e) => set(key, e.target.value)}>
          <MemberOptions members={candidates} />
        </select>
      )}
    </Field>
  );
  const day = (key: 'signedOn' | 'renewedOn' | 'withdrawnOn', hint?: string) => (
    <DateField label={t(`declarations.form.${key}`)} name={key} error={fields[key]} optionalLabel={t('app.optional')} hint={hint} value={form[key]} onChange={(v) => set(key, v)} />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t(accession ? 'declarations.accessionTitle' : 'declarations.confidentialityTitle', { name: target.name })}>
      {accession && (
        <>
          <div className="grid-2">
            {text('headName')}
            {text('headPosition')}
          </div>
          <div className="grid-2">
            {member('delegateMemberId', t('declarations.form.delegate'))}
            {member('deputyMemberId', t('declarations.form.deputy'))}
          </div>
        </>
      )}
      <div className="grid-2">
        {day('signedOn')}
        {day('renewedOn')}
      </div>
      <div className="grid-2">{day('withdrawnOn', accession ? t('declarations.form.withdrawnHint') : undefined)}</div>
      <FilePicker label={t('declarations.form.scan')} accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" onFiles={(files) => setScan(files[0] ?? null)} showChosen />
      <p className="muted small">{t('declarations.form.scanHint')}</p>
      {current?.scan && (
        <p className="small">
          {t('declarations.form.currentScan', { file: current.scan.fileName, what: typeAndSize(current.scan) })}{' '}
          <button type="button" className="link-button link-button--danger" onClick={() => void removeScan()}>
            {t('declarations.form.removeScan')}
          </button>
        </p>
      )}
      <ErrorText error={error} />
      <FormActions onCancel={onCancel} submitLabel={saving ? t('app.saving') : t('app.save')} />
      {current && current.signedOn === null && (
        <p>
          <button type="button" className="link-button link-button--danger" onClick={() => void removeDeclaration()}>
            {t('declarations.form.remove')}
          </button>
        </p>
      )}
    </form>
  );
}
