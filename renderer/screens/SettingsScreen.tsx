import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';
import { Field } from '../components/Field';
import { ErrorText } from '../components/ErrorText';
import { useAppStore } from '../store/app';
import { useAction } from '../useAction';
import { api } from '../api';
import { saveDocument } from '../download';
import { AgendaTemplates } from './AgendaTemplates';
import { ProtocolSettings } from './ProtocolSettings';
import { SyncCard } from './SyncCard';
import { BackupCard } from './BackupCard';
import { EncryptionCard } from './EncryptionCard';
import { TeamForm } from './TeamForm';
import { UpdateCard } from './UpdateCard';

export function SettingsScreen() {
  const { t } = useTranslation();
  const team = useAppStore((s) => s.team);
  const status = useAppStore((s) => s.status);
  const settings = useAppStore((s) => s.settings);
  const updateTeam = useAppStore((s) => s.updateTeam);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const { run, error } = useAction();

  return (
    <main id="content" tabIndex={-1} className="page">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <div className="split split--settings">
        <section className="card" aria-labelledby="settings-team">
          <h2 id="settings-team">{t('settings.team')}</h2>
          <TeamForm initial={team} submitLabel={t('app.save')} savedMessage={t('settings.teamSaved')} onSubmit={updateTeam} />
        </section>
        <div className="stack">
          <section className="card" aria-labelledby="settings-language">
            <h2 id="settings-language">{t('settings.language')}</h2>
            <Field label={t('settings.language')}>
              {(a11y) => (
                <select {...a11y} value={settings.language} onChange={(e) => void run(() => setLanguage(e.target.value as (typeof LANGUAGES)[number]))}>
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {t(`settings.languages.${l}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ErrorText error={error} />
          </section>
          <SyncCard />
          <ProtocolSettings />
          <AgendaTemplates />
          <EncryptionCard />
          <BackupCard />
          <UpdateCard />
          {status && (
            <section className="card" aria-labelledby="settings-data">
              <h2 id="settings-data">{t('settings.data')}</h2>
              <dl className="facts">
                <dt>{t('settings.dataDir')}</dt>
                <dd>
                  <code>{status.dataDir}</code>
                </dd>
                <dt>{t('settings.databaseFile')}</dt>
                <dd>
                  <code>{status.databaseFile}</code>
                </dd>
                {status.logFile && (
                  <>
                    <dt>{t('settings.logFile')}</dt>
                    <dd>
                      <code>{status.logFile}</code>
                    </dd>
                  </>
                )}
              </dl>
              <p className="muted small">{t('settings.version', { app: status.appVersion, schema: status.schemaVersion })}</p>
              <h3>{t('settings.support')}</h3>
              <p className="muted small" id="settings-report-help">
                {t('settings.reportHelp')}
              </p>
              <button type="button" className="button" aria-describedby="settings-report-help" onClick={() => void run(async () => saveDocument(await api.diagnostics.report()))}>
                {t('settings.report')}
              </button>
            </section>
          )}
        </div>
      </div>
    </main>
  );
}
