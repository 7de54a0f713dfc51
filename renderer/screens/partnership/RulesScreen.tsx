// Regulamin zespołu (issue 16.3): the versions — the one in force, the earlier ones, the draft — and the
// draft's editor: its preamble (from the World Café), section by section, what an amendment changes, and
// its adoption by a decision of a named meeting. Everything typed is autosaved (renderer/store/rules.ts).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { RulesVersion, RulesView } from '../../../src/domain/types';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { saveDocument } from '../../download';
import { formatDate } from '../../format';
import { rulesKey, rulesText, type RulesPart } from '../../store/rules';
import { useAction } from '../../useAction';
import { AdoptionForm } from './AdoptionForm';
import { PartnershipPage } from './PartnershipNav';

/** One autosaved text of the draft: a textarea (or an input) with its save state. */
function DraftText({ versionId, part, label, rows, single }: { versionId: string; part: RulesPart; label: string; rows?: number; single?: boolean }) {
  const { t } = useTranslation();
  const key = rulesKey(versionId, part);
  const draft = useStore(rulesText, (s) => s.drafts[key]);
  const status = draft?.status ?? 'saved';
  const props = {
    value: draft?.text ?? '',
    spellCheck: true,
    onChange: (e: { target: { value: string } }) => rulesText.getState().edit(key, e.target.value),
    onBlur: () => void rulesText.getState().flush(key),
  };
  return (
    <Field label={label} hint={undefined}>
      {(a) => (
        <>
          {single ? <input {...a} {...props} /> : <textarea {...a} rows={rows ?? 5} {...props} />}
          <span className={`save-state save-state--${status}`} role="status" data-status={status}>
            {t(`meeting.saveState.${status}`)}
          </span>
        </>
      )}
    </Field>
  );
}

function Documents({ version }: { version: RulesVersion }) {
  const { t } = useTranslation();
  const { run, error, busy } = useAction();
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.rules.document({ id: version.id, format: 'pdf' })))}>
        {t('rules.pdf')}
      </button>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.rules.document({ id: version.id, format: 'docx' })))}>
        {t('rules.docx')}
      </button>
      <ErrorText error={error} />
    </>
  );
}

function DraftEditor({ version, worldCafe, onChanged }: { version: RulesVersion; worldCafe: boolean; onChanged: (message?: string) => void }) {
  const { t } = useTranslation();
  const { run, error, busy } = useAction();
  const [newSection, setNewSection] = useState('');
  useEffect(() => {
    const load = rulesText.getState().load;
    load(rulesKey(version.id, { kind: 'preamble' }), version.preamble);
    load(rulesKey(version.id, { kind: 'changeNote' }), version.changeNote ?? '');
    for (const s of version.sections) {
      load(rulesKey(version.id, { kind: 'section', key: s.key, field: 'title' }), s.title);
      load(rulesKey(version.id, { kind: 'section', key: s.key, field: 'text' }), s.text);
    }
  }, [version]);
  // Structural changes wait for what is being typed, then reload the version.
  const change = (action: () => Promise<unknown>, message?: string) =>
    void run(async () => {
      await rulesText.getState().flushAll();
      await action();
      onChanged(message);
    });

  return (
    <section className="card" aria-labelledby="rules-draft">
      <h2 id="rules-draft">{t('rules.draftTitle', { version: version.version })}</h2>
      <p className="muted small">{t('rules.draftHelp')}</p>
      <div className="toolbar">
        <Documents version={version} />
      </div>
      {version.version > 1 && <DraftText versionId={version.id} part={{ kind: 'changeNote' }} label={t('rules.changeNote')} rows={3} />}
      <DraftText versionId={version.id} part={{ kind: 'preamble' }} label={t('rules.preamble')} rows={6} />
      {worldCafe && (
        <p>
          <button type="button" className="link-button" disabled={busy} onClick={() => change(() => api.rules.fillPreamble({ id: version.id }), t('rules.preambleFilled'))}>
            {t('rules.fillPreamble')}
          </button>
        </p>
      )}
      {version.sections.map((s, i) => (
        <div key={s.key} className="rules-section">
          <DraftText versionId={version.id} part={{ kind: 'section', key: s.key, field: 'title' }} label={t('rules.sectionTitle', { n: i + 1 })} single />
          <DraftText versionId={version.id} part={{ kind: 'section', key: s.key, field: 'text' }} label={t('rules.sectionText', { n: i + 1 })} rows={6} />
          <button type="button" className="link-button link-button--danger" disabled={busy} onClick={() => change(() => api.rules.removeSection({ id: version.id, key: s.key }))}>
            {t('rules.removeSection', { n: i + 1 })}
          </button>
        </div>
      ))}
      <form
        className="toolbar rules-section"
        onSubmit={(e) => {
          e.preventDefault();
          if (newSection.trim()) change(() => api.rules.addSection({ id: version.id, title: newSection }).then(() => setNewSection('')));
        }}
      >
        <Field label={t('rules.newSection')}>{(a) => <input {...a} value={newSection} onChange={(e) => setNewSection(e.target.value)} />}</Field>
        <button type="submit" className="button">
          {t('rules.addSection')}
        </button>
      </form>
      <AdoptionForm
        className="rules-section"
        label={t('rules.adoptAt')}
        help={t('rules.adoptHelp')}
        submitLabel={t('rules.adopt')}
        busy={busy}
        onAdopt={(meetingId) => change(() => api.rules.adopt({ id: version.id, meetingId }), t('rules.adoptedNotice', { version: version.version }))}
      />
      <p>
        <button type="button" className="link-button link-button--danger" disabled={busy} onClick={() => change(() => api.rules.remove({ id: version.id }), t('rules.removed'))}>
          {t('rules.remove', { version: version.version })}
        </button>
      </p>
      <ErrorText error={error} />
    </section>
  );
}

export function RulesScreen() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<RulesView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const load = useCallback(() => run(async () => setView(await api.rules.list())), [run]);
  useEffect(() => void load(), [load]);
  const changed = (message?: string) => {
    setNotice(message ?? null);
    void load();
  };
  const draft = view?.versions.find((v) => v.id === view.draft) ?? null;
  const adopted = view?.versions.filter((v) => v.adoptedOn !== null) ?? [];

  return (
    <PartnershipPage title={t('rules.title')} help={t('rules.help')} notice={notice} error={error}>
      {view && (
        <div className="stack">
          <section className="card" aria-labelledby="rules-versions">
            <h2 id="rules-versions">{t('rules.versions')}</h2>
            {adopted.length === 0 && <p className="muted">{t('rules.noneAdopted')}</p>}
            <ul className="plain-list">
              {adopted.map((v) => (
                <li key={v.id}>
                  <strong>{t('rules.versionLine', { version: v.version })}</strong> {v.id === view.inForce && <span className="badge badge--approved">{t('rules.inForce')}</span>}{' '}
                  <span className="muted">
                    {t('rules.adoptedAt', { meeting: v.adoptedAtMeetingNumber ?? '—', date: formatDate(v.adoptedOn, i18n.language) })}
                  </span>
                  {v.changeNote && <span className="small block">{t('rules.changes', { note: v.changeNote })}</span>}
                  {v.sha256 && <span className="small muted block">SHA-256: {v.sha256}</span>}
                  <div className="toolbar">
                    <Documents version={v} />
                  </div>
                </li>
              ))}
            </ul>
            {!draft && (
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => void run(async () => changed((await api.rules.start()).version === 1 ? t('rules.started') : t('rules.amendmentStarted')))}
              >
                {adopted.length ? t('rules.startAmendment') : t('rules.start')}
              </button>
            )}
          </section>
          {draft && <DraftEditor key={draft.id} version={draft} worldCafe={view.worldCafe} onChanged={changed} />}
        </div>
      )}
    </PartnershipPage>
  );
}
