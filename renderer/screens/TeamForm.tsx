// The team profile form, used at first run and in the settings.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { teamInput, type MethodInput } from '../../src/api/contract';
import { titleLocativeOf } from '../../src/domain/documents.pl';
import { MODEL_TYPES, type ModelType } from '../../src/domain/enums';
import type { Team } from '../../src/domain/types';
import { Field } from '../components/Field';
import { describeError } from '../errors';
import { focusFirstInvalid, validate, type FieldMessages } from '../forms';

type TextKey = 'name' | 'gminaName' | 'teryt' | 'titleLocative' | 'powiat' | 'wojewodztwo' | 'leadInstitution' | 'regionalCentre';

interface TeamFormProps {
  initial: Team | null;
  submitLabel: string;
  onSubmit: (input: MethodInput<'team.setUp'>) => Promise<void>;
  savedMessage?: string;
}

export function TeamForm({ initial, submitLabel, onSubmit, savedMessage }: TeamFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: initial?.name ?? '',
    gminaName: initial?.gminaName ?? '',
    teryt: initial?.teryt ?? '',
    modelType: (initial?.modelType ?? 'miejska') as ModelType,
    powiat: initial?.powiat ?? '',
    wojewodztwo: initial?.wojewodztwo ?? '',
    leadInstitution: initial?.leadInstitution ?? '',
    regionalCentre: initial?.regionalCentre ?? '',
    titleLocative: initial?.titleLocative ?? '',
  });
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(teamInput, form, t);
    if (!checked.ok) {
      setFields(checked.fields);
      setMessage({ kind: 'error', text: t('errors.VALIDATION_FAILED') });
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(checked.data);
      setFields({});
      setMessage(savedMessage ? { kind: 'ok', text: savedMessage } : null);
    } catch (error) {
      const shown = describeError(error, t);
      setFields(shown.fields);
      setMessage({ kind: 'error', text: shown.message });
    } finally {
      setSaving(false);
    }
  }

  const text = (key: TextKey, opts: { hint?: string; optional?: boolean; inputMode?: 'numeric' } = {}) => (
    <Field label={t(`setup.${key}`)} error={fields[key]} hint={opts.hint} optionalLabel={opts.optional ? t('setup.optional') : undefined}>
      {(a11y) => (
        <input {...a11y} name={key} value={form[key]} inputMode={opts.inputMode} autoComplete="off" onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate>
      <div aria-live="polite">
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
            {message.text}
          </p>
        )}
      </div>
      {text('name', { hint: t('setup.nameHint') })}
      <div className="grid-2">
        {text('gminaName')}
        {text('teryt', { hint: t('setup.terytHint'), inputMode: 'numeric' })}
      </div>
      {text('titleLocative', {
        optional: true,
        // What the protocol prints when the field is left empty (built from the TERYT's kind of gmina).
        hint: t('setup.titleLocativeHint', { fallback: titleLocativeOf({ titleLocative: null, gminaName: form.gminaName.trim() || '…', teryt: form.teryt.trim() }) }),
      })}
      <fieldset className="radio-group">
        <legend>{t('setup.modelType')}</legend>
        {MODEL_TYPES.map((type) => (
          <label key={type} className="radio">
            <input type="radio" name="modelType" value={type} checked={form.modelType === type} onChange={() => setForm((f) => ({ ...f, modelType: type }))} />
            {t(`modelType.${type}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        {text('powiat', { optional: true })}
        {text('wojewodztwo', { optional: true })}
      </div>
      {text('leadInstitution', { optional: true })}
      {text('regionalCentre', { optional: true })}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('setup.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
