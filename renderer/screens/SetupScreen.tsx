import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app';
import { TeamForm } from './TeamForm';

export function SetupScreen() {
  const { t } = useTranslation();
  const setUpTeam = useAppStore((s) => s.setUpTeam);
  const refreshRoster = useAppStore((s) => s.refreshRoster);
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
      </div>
    </main>
  );
}
