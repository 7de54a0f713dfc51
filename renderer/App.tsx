import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './components/ErrorText';
import { FieldLocale } from './components/FieldLocale';
import { SavedNotice } from './components/SavedNotice';
import { navigate, useRouter, type Route } from './router';
import { DashboardScreen } from './screens/DashboardScreen';
import { useAppStore } from './store/app';

// The dashboard comes with the app; every other screen is a chunk of its own, fetched once the first screen
// is painted (issue 12: the first start compiles only what it shows). The loaders are kept so that they
// can be warmed while the app is idle: a click never waits for a chunk.
const loaders: Array<() => Promise<unknown>> = [];
function screen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // Once loaded, the screen renders directly: React.lazy would still suspend on its first render, and React
  // holds a suspended screen back for up to 300 ms (its fallback throttle).
  let loaded: ComponentType<P> | null = null;
  const start = () => load().then((component) => (loaded = component));
  loaders.push(start);
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  return function Screen(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
}
const MeetingScreen = screen(() => import('./screens/meeting/MeetingScreen').then((m) => m.MeetingScreen));
const MeetingsScreen = screen(() => import('./screens/MeetingsScreen').then((m) => m.MeetingsScreen));
const RosterScreen = screen(() => import('./screens/RosterScreen').then((m) => m.RosterScreen));
const CasesScreen = screen(() => import('./screens/cases/CasesScreen').then((m) => m.CasesScreen));
const CaseScreen = screen(() => import('./screens/cases/CaseScreen').then((m) => m.CaseScreen));
const SearchScreen = screen(() => import('./screens/SearchScreen').then((m) => m.SearchScreen));
const SettingsScreen = screen(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen));
const SetupScreen = screen(() => import('./screens/SetupScreen').then((m) => m.SetupScreen));
const RulesScreen = screen(() => import('./screens/partnership/RulesScreen').then((m) => m.RulesScreen));
const BenefitsScreen = screen(() => import('./screens/partnership/BenefitsScreen').then((m) => m.BenefitsScreen));
const BasketScreen = screen(() => import('./screens/partnership/BasketScreen').then((m) => m.BasketScreen));
const PlanScreen = screen(() => import('./screens/partnership/PlanScreen').then((m) => m.PlanScreen));
const DeclarationsScreen = screen(() => import('./screens/DeclarationsScreen').then((m) => m.DeclarationsScreen));
const StatisticsScreen = screen(() => import('./screens/StatisticsScreen').then((m) => m.StatisticsScreen));
const TasksScreen = screen(() => import('./screens/TasksScreen').then((m) => m.TasksScreen));
const HubScreen = screen(() => import('./screens/hub/HubScreen').then((m) => m.HubScreen));
const HelpScreen = screen(() => import('./screens/HelpScreen').then((m) => m.HelpScreen));
const ShortcutsDialog = screen(() => import('./components/ShortcutsDialog').then((m) => m.ShortcutsDialog));

/** Once the first screen is painted (the frame after it is committed): sooner, the chunks would compete with
 *  painting it; later, the first click on another screen would wait for its chunk. */
function warmScreens(): void {
  const warm = () => {
    performance.mark('pzk-warm-screens');
    loaders.forEach((load) => void load().catch(() => undefined));
  };
  requestAnimationFrame(() => setTimeout(warm, 0));
}

/** Each screen change moves focus to its heading, so screen-reader users hear where they are. Rendered inside
 *  the screens' Suspense boundary, so it runs when the screen is there, also after its chunk arrived. */
function FocusHeading() {
  useEffect(() => {
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  }, []);
  return null;
}

function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <main id="content" tabIndex={-1} className="page" aria-busy="true">
      <p>{t('app.loading')}</p>
    </main>
  );
}

const NAV: Array<{ route: Route; key: string; matches: Route['name'][] }> = [
  { route: { name: 'dashboard' }, key: 'nav.dashboard', matches: ['dashboard'] },
  { route: { name: 'meetings' }, key: 'nav.meetings', matches: ['meetings', 'meeting'] },
  { route: { name: 'tasks' }, key: 'nav.tasks', matches: ['tasks'] },
  { route: { name: 'roster' }, key: 'nav.roster', matches: ['roster'] },
  { route: { name: 'search' }, key: 'nav.search', matches: ['search'] },
  { route: { name: 'settings' }, key: 'nav.settings', matches: ['settings'] },
  { route: { name: 'statistics' }, key: 'nav.statistics', matches: ['statistics'] },
  // Last, so that the keys of the screens before it stay as the guide teaches them.
  { route: { name: 'declarations' }, key: 'nav.partnership', matches: ['declarations', 'rules', 'benefits', 'plan', 'basket'] },
  { route: { name: 'cases' }, key: 'nav.cases', matches: ['cases'] },
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
    case 'declarations':
      return <DeclarationsScreen />;
    case 'rules':
      return <RulesScreen />;
    case 'benefits':
      return <BenefitsScreen />;
    case 'plan':
      return <PlanScreen />;
    case 'basket':
      return <BasketScreen />;
    case 'search':
      return <SearchScreen q={route.q} />;
    case 'settings':
      return <SettingsScreen />;
    case 'statistics':
      return <StatisticsScreen />;
    case 'cases':
      return route.id ? <CaseScreen id={route.id} /> : <CasesScreen />;
    case 'help':
      return <HelpScreen chapter={route.chapter} />;
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
  // Encrypted, the key sealed by this computer only: until a recovery passphrase is set, the app asks (issue 17.6).
  // A development key file opens the database anyway (demo, tests): the reminder is for a key the computer seals.
  const noRecovery = useAppStore((s) => s.status?.encryption?.recoverySet === false && s.status.encryption.source !== 'development' && s.phase === 'ready');
  const [showShortcuts, setShowShortcuts] = useState(false);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (phase === 'ready' || phase === 'hub' || phase === 'setup') warmScreens();
  }, [phase]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1' || (e.key === '?' && !isTyping(e.target))) {
        e.preventDefault();
        setShowShortcuts(true);
      } else if (e.altKey && !e.ctrlKey && /^[1-8]$/.test(e.key) && phase === 'ready') {
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

  // The failed start's heading (the screens focus theirs through FocusHeading).
  useEffect(() => {
    if (phase === 'failed') requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  }, [phase]);

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
      {noRecovery && route.name !== 'settings' && (
        <section className="readonly-banner" aria-label={t('encryption.banner')}>
          <strong>{t('encryption.banner')}</strong>
          <p>
            {t('encryption.bannerWhat')}{' '}
            <a href="#/settings" onClick={(e) => { e.preventDefault(); navigate({ name: 'settings' }); }}>
              {t('encryption.bannerLink')}
            </a>
          </p>
        </section>
      )}
      {phase === 'loading' && <ScreenLoading />}
      {phase === 'failed' && (
        <main id="content" tabIndex={-1} className="page">
          <h1 tabIndex={-1}>{t('app.name')}</h1>
          <ErrorText error={loadError} />
          <button type="button" className="button" onClick={() => void load()}>
            {t('app.reload')}
          </button>
        </main>
      )}
      {(phase === 'setup' || phase === 'ready' || phase === 'hub') && (
        <Suspense fallback={<ScreenLoading />}>
          {phase === 'setup' && <SetupScreen />}
          {phase === 'ready' && <Screen route={route} />}
          {phase === 'hub' && <HubScreen name={hubName ?? ''} />}
          <FocusHeading key={phase !== 'ready' ? phase : route.name === 'help' ? `help/${route.chapter ?? ''}` : route.name === 'cases' ? `cases/${route.id ?? ''}` : route.name} />
        </Suspense>
      )}
      <SavedNotice />
      {showShortcuts && (
        <Suspense fallback={null}>
          <ShortcutsDialog
            onClose={() => setShowShortcuts(false)}
            onHelp={() => {
              setShowShortcuts(false);
              navigate({ name: 'help' });
            }}
          />
        </Suspense>
      )}
    </FieldLocale>
  );
}
