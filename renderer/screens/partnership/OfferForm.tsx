// One offer of the Lokalny Koszyk Usług: the institution and service, for whom and for which problems (fixed
// lists and "inne"), access, referral, where and when, cost, places, the institution's own contact, verified on.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src/api/contract';
import { OFFER_COSTS, PROBLEM_AREAS, REFERRAL_WAYS, TARGET_GROUPS, type OfferCost } from '../../../src/domain/basket';
import type { Institution, Offer } from '../../../src/domain/types';
import { api } from '../../api';
import { DateField } from '../../components/DateTimeFields';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { focusFirstInvalid, validate, type FieldMessages } from '../../forms';
import { useAction } from '../../useAction';

const formOf = (o: Offer | null) => ({
  institutionId: o?.institutionId ?? '',
  service: o?.service ?? '',
  description: o?.description ?? '',
  targetGroups: o?.targetGroups ?? [],
  otherTarget: o?.otherTarget ?? '',
  problemAreas: o?.problemAreas ?? [],
  accessCriteria: o?.accessCriteria ?? '',
  referralWays: o?.referralWays ?? [],
  whereWhen: o?.whereWhen ?? '',
  cost: (o?.cost ?? 'free') as OfferCost,
  capacity: o?.capacity ?? '',
  contactPhone: o?.contactPhone ?? '',
  contactEmail: o?.contactEmail ?? '',
  verifiedOn: o?.verifiedOn ?? new Date().toISOString().slice(0, 10),
});

type Form = ReturnType<typeof formOf>;
type ListKey = 'targetGroups' | 'problemAreas' | 'referralWays';

function Choices<T extends string>({ legend, name, values, chosen, word, onChange }: { legend: string; name: string; values: readonly T[]; chosen: readonly string[]; word: (v: T) => string; onChange: (next: string[]) => void }) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="choice">
          <input type="checkbox" name={name} checked={chosen.includes(v)} onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v))} /> {word(v)}
        </label>
      ))}
    </fieldset>
  );
}

export function OfferForm({ offer, institutions, onSaved, onCancel }: { offer: Offer | null; institutions: Institution[]; onSaved: (m: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => formOf(offer));
  const [fields, setFields] = useState<FieldMessages>({});
  const { run, error } = useAction();
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...form, ...(offer && { id: offer.id }) };
    const checked = validate(contract['basket.save'].input, input, t);
    if (!checked.ok) {
      setFields(checked.fields);
      focusFirstInvalid();
      return;
    }
    const saved = await run(() => api.basket.save(checked.data));
    if (saved) onSaved(t('basket.saved', { service: saved.service }));
  }
  const text = (key: 'service' | 'otherTarget' | 'accessCriteria' | 'whereWhen' | 'capacity' | 'contactPhone' | 'contactEmail', optional = true, type = 'text') => (
    <Field label={t(`basket.fields.${key}`)} error={fields[key]} optionalLabel={optional ? t('app.optional') : undefined}>
      {(a) => <input {...a} type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const list = (key: ListKey, values: readonly string[]) => (
    <Choices legend={t(`basket.fields.${key}`)} name={key} values={values} chosen={form[key]} word={(v) => t(`basket.${key}.${v}`)} onChange={(next) => set(key, next as never)} />
  );
  return (
    <form onSubmit={submit} noValidate>
      <div className="grid-2">
        <Field label={t('basket.fields.institutionId')} error={fields.institutionId}>
          {(a) => (
            <select {...a} value={form.institutionId} onChange={(e) => set('institutionId', e.target.value)}>
              <option value="">{t('member.chooseInstitution')}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('service', false)}
      </div>
      <Field label={t('basket.fields.description')} error={fields.description} optionalLabel={t('app.optional')}>
        {(a) => <textarea {...a} rows={3} value={form.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <div className="grid-2 grid-2--gap">
        {list('problemAreas', PROBLEM_AREAS)}
        <div>
          {list('targetGroups', TARGET_GROUPS)}
          {form.targetGroups.includes('other') && text('otherTarget')}
        </div>
      </div>
      {text('accessCriteria')}
      {list('referralWays', REFERRAL_WAYS)}
      <div className="grid-2">
        {text('whereWhen')}
        {text('capacity')}
      </div>
      <div className="grid-2">
        <Field label={t('basket.fields.cost')}>
          {(a) => (
            <select {...a} value={form.cost} onChange={(e) => set('cost', e.target.value as OfferCost)}>
              {OFFER_COSTS.map((c) => (
                <option key={c} value={c}>
                  {t(`basket.cost.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField label={t('basket.fields.verifiedOn')} error={fields.verifiedOn} optionalLabel={t('app.optional')} value={form.verifiedOn} onChange={(v) => set('verifiedOn', v)} />
      </div>
      <p className="muted small">{t('basket.contactHint')}</p>
      <div className="grid-2">
        {text('contactPhone', true, 'tel')}
        {text('contactEmail', true, 'email')}
      </div>
      <ErrorText error={error} />
      <FormActions onCancel={onCancel} />
    </form>
  );
}
