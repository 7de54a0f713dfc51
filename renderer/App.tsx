import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldLocale } from './components/DateTimeFields';
import { AppDialog } from './components/Dialog';
import { ErrorText } from './components/ErrorText';
import { SavedNotice } from './components/SavedNotice';
import { navigate, useRouter, type Route } from './router';
import { DashboardScreen } from './screens/DashboardScreen';
import { MeetingScreen } from './screens/meeting/MeetingScreen';
import { MeetingsScreen } from './screens/MeetingsScreen';
import { RosterScreen } from './screens/RosterScreen';
import { SearchScreen } from './screens/SearchScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { SetupScreen } from './screens/SetupScreen';
import { StatisticsScreen } from './screens/StatisticsScreen';
import { TasksScreen } from './screens/TasksScreen';
import { HubScreen } from './screens/hub/HubScreen';
import { useAppStore } from './store/app';

const NAV: Array<{ route: Route; key: string; matches: Route['name'][] }> = [
  { route: { name: 'dashboard' }, key: 'nav.dashboard', matches: ['dashboard'] },
  { route: { name: 'meetings' }, key: 'nav.meetings', matches: ['meetings', 'meeting'] },
  { route: { name: 'tasks' }, key: 'nav.tasks', matches: ['tasks'] },
  { route: { name: 'roster' }, key: 'nav.roster', matches: ['roster'] },
  { route: { name: 'search' }, key: 'nav.search', matches: ['search'] },
  { route: { name: 'settings' }, key: 'nav.settings', matches: ['settings'] },
  { route: { name: 'statistics' }, key: 'nav.statistics', matches: ['statistics'] },
];

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'meetings':
      return <MeetingsScreen year={route.year} />;
    case 'meeting':
      return <MeetingScreen id={route.id} itemId={route.itemId} />;
    case 'tasks':
      return <TasksScreen />;
    case 'roster':
      return <RosterScreen />;
    case 'search':
      return <SearchScreen q={route.q} />;
    case 'settings':
      return <SettingsScreen />;
    case 'statistics':
      return <StatisticsScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const phase = useAppStore((s) => s.phase);
  const loadError = useAppStore((s) => s.loadError);
  const load = useAppStore((s) => s.load);
  const route = useRouter((s) => s.route);
  const hubName = useAppStore((s) => s.hubName);
  const readOnly = useAppStore((s) => s.status?.readOnly ?? null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  useEffect(() => void load(), [load]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1' || (e.key === '?' && !isTyping(e.target))) {
        e.preventDefault();
        setShowShortcuts(true);
      } else if (e.altKey && !e.ctrlKey && /^[1-7]$/.test(e.key) && phase === 'ready') {
        e.preventDefault();
        navigate(NAV[Number(e.key) - 1]!.route);
      } else if (e.key === '/' && !isTyping(e.target) && phase === 'ready') {
        e.preventDefault();
        navigate({ name: 'search' });
        requestAnimationFrame(() => document.getElementById('search-input')?.focus());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phase]);

  // Each screen change moves focus to its heading, so screen-reader users hear where they are.
  useEffect(() => {
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  }, [route.name, phase]);

  return (
    <FieldLocale>
      <a className="skip-link" href="#content" onClick={(e) => { e.preventDefault(); document.getElementById('content')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        {phase === 'ready' && (
          <nav aria-label={t('app.mainNav')} className="topbar__nav">
            {NAV.map((item, i) => (
              <a
                key={item.key}
                className="topbar__link"
                href={`#${item.route.name === 'dashboard' ? '/' : `/${item.route.name}`}`}
                aria-current={item.matches.includes(route.name) ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${i + 1}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(item.route);
                }}
              >
                {t(item.key)}
              </a>
            ))}
          </nav>
        )}
        <button type="button" className="topbar__help" onClick={() => setShowShortcuts(true)} aria-keyshortcuts="F1">
          {t('app.shortcuts')}
        </button>
      </header>
      {readOnly && (
        <div className="readonly-banner" role="alert">
          <strong>{t(`app.readOnly.${readOnly.what}.title`)}</strong> <code>{readOnly.path}</code>
          <p>{t(`app.readOnly.${readOnly.what}.what`)}</p>
        </div>
      )}
      {phase === 'loading' && (
        <main id="content" tabIndex={-1} className="page" aria-busy="true">
          <p>{t('app.loading')}</p>
        </main>
      )}
      {phase === 'failed' && (
        <main id="content" tabIndex={-1} className="page">
          <h1 tabIndex={-1}>{t('app.name')}</h1>
          <ErrorText error={loadError} />
          <button type="button" className="button" onClick={() => void load()}>
            {t('app.reload')}
          </button>
        </main>
      )}
      {phase === 'setup' && <SetupScreen />}
      {phase === 'ready' && <Screen route={route} />}
      {phase === 'hub' && <HubScreen name={hubName ?? ''} />}
      <SavedNotice />
      <AppDialog isOpen={showShortcuts} onClose={() => setShowShortcuts(false)} title={t('shortcuts.title')}>
        <table className="table shortcuts">
          <caption className="visually-hidden">{t('shortcuts.title')}</caption>
          <tbody>
            {(t('shortcuts.rows', { returnObjects: true }) as string[][]).map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted small">{t('shortcuts.open')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => setShowShortcuts(false)}>
            {t('app.close')}
          </button>
        </div>
      </AppDialog>
    </FieldLocale>
  );
}
