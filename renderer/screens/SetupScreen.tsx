import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { teamInput } from '../../src/api/contract';
import { MODEL_TYPES, type ModelType } from '../../src/domain/enums';
import { Field } from '../components/Field';
import { describeError } from '../errors';
import { focusFirstInvalid, validate, type FieldMessages } from '../forms';
import { useAppStore } from '../store';

export function SetupScreen() {
  const { t } = useTranslation();
  const setUpTeam = useAppStore((s) => s.setUpTeam);
  const [form, setForm] = useState({
    name: '',
    gminaName: '',
    teryt: '',
    modelType: 'miejska' as ModelType,
    powiat: '',
    wojewodztwo: '',
    regionalCentre: '',
  });
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const update = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(teamInput, form, t);
    if (!checked.ok) {
      setFields(checked.fields);
      setMessage(t('errors.VALIDATION_FAILED'));
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      await setUpTeam(checked.data);
    } catch (error) {
      const shown = describeError(error, t);
      setFields(shown.fields);
      setMessage(shown.message);
      setSaving(false);
    }
  }

  const text = (key: 'name' | 'gminaName' | 'teryt' | 'powiat' | 'wojewodztwo' | 'regionalCentre', opts: { hint?: string; optional?: boolean; inputMode?: 'numeric'; autoComplete?: string } = {}) => (
    <Field label={t(`setup.${key}`)} error={fields[key]} hint={opts.hint} optionalLabel={opts.optional ? t('setup.optional') : undefined}>
      {(a11y) => (
        <input
          {...a11y}
          name={key}
          value={form[key]}
          inputMode={opts.inputMode}
          autoComplete={opts.autoComplete ?? 'off'}
          onChange={(e) => update(key)(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <main id="content" className="setup">
      <form className="card setup__card" onSubmit={submit} noValidate aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        {message && (
          <p role="alert" className="form-error">
            {message}
          </p>
        )}
        {text('name', { hint: t('setup.nameHint') })}
        <div className="grid-2">
          {text('gminaName')}
          {text('teryt', { hint: t('setup.terytHint'), inputMode: 'numeric' })}
        </div>
        <fieldset className="radio-group">
          <legend>{t('setup.modelType')}</legend>
          {MODEL_TYPES.map((type) => (
            <label key={type} className="radio">
              <input
                type="radio"
                name="modelType"
                value={type}
                checked={form.modelType === type}
                onChange={() => update('modelType')(type)}
              />
              {t(`modelType.${type}`)}
            </label>
          ))}
        </fieldset>
        <div className="grid-2">
          {text('powiat', { optional: true })}
          {text('wojewodztwo', { optional: true })}
        </div>
        {text('regionalCentre', { optional: true })}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('setup.saving') : t('setup.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
