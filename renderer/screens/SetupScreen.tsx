import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { useAction } from '../useAction';
import { useAppStore } from '../store/app';
import { TeamForm } from './TeamForm';
import { RestoreFromCopy } from './BackupCard';
import { useState } from 'react';

export function SetupScreen() {
  const { t } = useTranslation();
  const setUpTeam = useAppStore((s) => s.setUpTeam);
  const refreshRoster = useAppStore((s) => s.refreshRoster);
  const load = useAppStore((s) => s.load);
  const { run, error, busy } = useAction();
  const [staged, setStaged] = useState(false);
  return (
    <main id="content" tabIndex={-1} className="setup">
      <div className="card setup__card">
        <h1 tabIndex={-1}>{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
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
          {staged ? (
            <p role="status" className="form-ok">
              {t('backup.pending')}
            </p>
          ) : (
            <RestoreFromCopy onStaged={() => setStaged(true)} />
          )}
        </details>
      </div>
    </main>
  );
}
