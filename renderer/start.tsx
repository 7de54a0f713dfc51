// The app itself, loaded by main.tsx once the first round of requests is on its way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { initI18n } from './i18n';
import { startChangeFeed } from './store/changes';
import { openDrafts } from './store/drafts';
import './styles.css';

initI18n('pl');
startChangeFeed();
// No screen reads a draft before the stored ones are open (a matter of milliseconds, in parallel with the first round).
await openDrafts();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
