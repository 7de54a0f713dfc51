// One filter of the basket's lists — any choice, or "— wszystkie —" — as the basket, "kto może pomóc w…" and
// the regional catalogue show it.
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

interface Props<T extends string> {
  label: string;
  value: T | '';
  /** Each choice and its words. */
  choices: ReadonlyArray<readonly [value: T, label: string]>;
  onChange: (value: T | '') => void;
}

export function BasketFilter<T extends string>({ label, value, choices, onChange }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
          <option value="">{t('basket.all')}</option>
          {choices.map(([code, words]) => (
            <option key={code} value={code}>
              {words}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
