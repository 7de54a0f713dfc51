// The team's wording of the printed declaration and undertaking; an empty field restores the app's.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationTexts } from '../../../src/domain/declarations.pl';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useAction } from '../../useAction';

const KEYS = ['accessionIntro', 'accessionCommitments', 'confidentiality'] as const;

export function DeclarationTextsCard({ texts, onSaved }: { texts: DeclarationTexts; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<DeclarationTexts>(texts);
  const { run, error, busy } = useAction();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() => api.declarations.updateTexts(form));
    if (saved) {
      setForm(saved);
      onSaved(t('declarations.texts.saved'));
    }
  }

  return (
    <details className="card">
      <summary>
        <h2 className="inline-heading">{t('declarations.texts.title')}</h2>
      </summary>
      <p className="muted small">{t('declarations.texts.help')}</p>
      <form onSubmit={submit} noValidate>
        {KEYS.map((key) => (
          <Field key={key} label={t(`declarations.texts.${key}`)}>
            {(a) => <textarea {...a} rows={key === 'accessionIntro' ? 3 : 5} value={form[key]} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />}
          </Field>
        ))}
        <ErrorText error={error} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('declarations.texts.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
