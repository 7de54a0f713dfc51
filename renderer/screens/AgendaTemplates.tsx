// The team's own agenda templates (issue 13.3), offered beside the standard agenda when a meeting is
// created: a name and its items, one per line.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../src/api/contract';
import { STANDARD_AGENDA } from '../../src/domain/documents.pl';
import type { AgendaTemplate } from '../../src/domain/types';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { validate, type FieldMessages } from '../forms';
import { useAction } from '../useAction';

const EMPTY = { id: undefined as string | undefined, name: '', items: '' };

export function AgendaTemplates() {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<AgendaTemplate[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [fields, setFields] = useState<FieldMessages>({});
  const [saved, setSaved] = useState<string | null>(null);
  const { run, error } = useAction();
  useEffect(() => void run(async () => setTemplates(await api.agendaTemplates.list())), [run]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const items = form.items.split('\n').map((s) => s.trim()).filter(Boolean);
    const checked = validate(contract['agendaTemplates.save'].input, { ...(form.id && { id: form.id }), name: form.name, items }, t);
    if (!checked.ok) return setFields(checked.fields);
    setFields({});
    const done = await run(() => api.agendaTemplates.save(checked.data));
    if (done) {
      setTemplates(await api.agendaTemplates.list());
      setForm(EMPTY);
      setSaved(t('agendaTemplates.saved', { name: done.name }));
    }
  }

  return (
    <section className="card" aria-labelledby="settings-agenda-templates">
      <h2 id="settings-agenda-templates">{t('agendaTemplates.title')}</h2>
      <p className="muted small">{t('agendaTemplates.help')}</p>
      {templates.length > 0 && (
        <ul className="plain-list">
          {templates.map((tpl) => (
            <li key={tpl.id}>
              <strong>{tpl.name}</strong> <span className="muted small">({t('agendaTemplates.items', { count: tpl.items.length })})</span>{' '}
              <button type="button" className="link-button" onClick={() => setForm({ id: tpl.id, name: tpl.name, items: tpl.items.join('\n') })}>
                {t('app.edit')}
              </button>{' '}
              <button
                type="button"
                className="link-button link-button--danger"
                onClick={() =>
                  void run(async () => {
                    await api.agendaTemplates.remove({ id: tpl.id });
                    setTemplates(await api.agendaTemplates.list());
                    setSaved(t('agendaTemplates.removed', { name: tpl.name }));
                  })
                }
              >
                {t('agendaTemplates.remove', { name: tpl.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-label={form.id ? t('agendaTemplates.editTitle') : t('agendaTemplates.addTitle')}>
        <Field label={t('agendaTemplates.name')} error={fields.name}>
          {(a) => <input {...a} value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />}
        </Field>
        <Field label={t('agendaTemplates.itemsLabel')} error={fields.items}>
          {(a) => <textarea {...a} rows={6} placeholder={STANDARD_AGENDA.join('\n')} value={form.items} onChange={(e) => setForm((f) => ({ ...f, items: e.target.value }))} />}
        </Field>
        <ErrorText error={error} />
        {saved && (
          <p role="status" className="form-ok">
            {saved}
          </p>
        )}
        <div className="actions actions--start">
          {form.id && (
            <button type="button" className="button" onClick={() => setForm(EMPTY)}>
              {t('app.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary">
            {form.id ? t('agendaTemplates.update') : t('agendaTemplates.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
