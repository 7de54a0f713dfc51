import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './errors';
import { RosterScreen } from './screens/RosterScreen';
import { SetupScreen } from './screens/SetupScreen';
import { useAppStore } from './store';

export function App() {
  const { t } = useTranslation();
  const phase = useAppStore((s) => s.phase);
  const loadError = useAppStore((s) => s.loadError);
  const load = useAppStore((s) => s.load);
  useEffect(() => void load(), [load]);

  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        {phase === 'ready' && (
          <nav aria-label={t('app.mainNav')}>
            <a className="topbar__link" aria-current="page" href="#content">
              {t('nav.roster')}
            </a>
          </nav>
        )}
      </header>
      {phase === 'loading' && (
        <main id="content" className="page" aria-busy="true">
          <p>{t('app.loading')}</p>
        </main>
      )}
      {phase === 'failed' && (
        <main id="content" className="page">
          <p role="alert" className="form-error">
            {describeError(loadError, t).message}
          </p>
        </main>
      )}
      {phase === 'setup' && <SetupScreen />}
      {phase === 'ready' && <RosterScreen />}
    </>
  );
}
