import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { useAction } from '../useAction';
import { useAppStore } from '../store/app';
import { TeamForm } from './TeamForm';
import { RestoreFromCopy } from './BackupCard';
import { useState } from 'react';
import { RecoveryPassphraseForm } from './EncryptionCard';

export function SetupScreen() {
  const { t } = useTranslation();
  const setUpTeam = useAppStore((s) => s.setUpTeam);
  const refreshRoster = useAppStore((s) => s.refreshRoster);
  const load = useAppStore((s) => s.load);
  const { run, error, busy } = useAction();
  const [mode, setMode] = useState<'team' | 'hub'>('team');
  const [hubName, setHubName] = useState('');
  // The first start of the desktop app: the key is sealed by this computer; the passphrase opens it anywhere else.
  // Asked once and kept on screen once set, with its confirmation, until the team is created.
  const [askRecovery] = useState(() => useAppStore.getState().status?.encryption?.recoverySet === false);
  return (
    <main id="content" tabIndex={-1} className="setup">
      <div className="card setup__card">
        <h1 tabIndex={-1}>{mode === 'hub' ? t('hub.setupTitle') : t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        <fieldset className="radio-group">
          <legend>{t('hub.modeLegend')}</legend>
          <label className="radio">
            <input type="radio" name="mode" checked={mode === 'team'} onChange={() => setMode('team')} />
            {t('hub.modeTeam')}
          </label>
          <label className="radio">
            <input type="radio" name="mode" checked={mode === 'hub'} onChange={() => setMode('hub')} />
            {t('hub.modeHub')}
          </label>
        </fieldset>
        {mode === 'hub' ? (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              if (hubName.trim()) void run(async () => { await api.hub.init({ name: hubName }); await load(); });
            }}
          >
            <label htmlFor="hub-name">{t('hub.hubName')}</label>
            <input id="hub-name" className="text-input" value={hubName} onChange={(e) => setHubName(e.target.value)} />
            <button type="submit" className="button button--primary">
              {t('hub.createHub')}
            </button>
            <ErrorText error={error} />
          </form>
        ) : (
        <>
        {askRecovery && (
          <section className="setup__step stack" aria-labelledby="setup-recovery">
            <h2 id="setup-recovery">{t('encryption.set')}</h2>
            <p className="muted small">{t('encryption.bannerWhat')}</p>
            <RecoveryPassphraseForm />
          </section>
        )}
        {askRecovery && <h2 className="setup__team-heading">{t('setup.teamHeading')}</h2>}
        <TeamForm
          initial={null}
          submitLabel={t('setup.submit')}
          onSubmit={async (input) => {
            await setUpTeam(input);
            await refreshRoster();
          }}
        />
        <div className="demo-offer">
          <button type="button" className="button" disabled={busy} onClick={() => void run(async () => { await api.app.loadDemo(); await load(); })}>
            {busy ? t('setup.saving') : t('setup.demo')}
          </button>
          <p className="muted small">{t('setup.demoHint')}</p>
          <ErrorText error={error} />
        </div>
        <details className="demo-offer">
          <summary>{t('backup.newComputer')}</summary>
          {/* The restored team opens at once (the app reloads on the core's reset event, and here too). */}
          <RestoreFromCopy onRestored={() => void load()} />
        </details>
        </>
        )}
      </div>
    </main>
  );
}
