// If a screen crashes, say so in Polish and offer a reload. Typed minutes are safe: every keystroke
// is already in local storage and is saved again after the reload.
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[pzk] the screen crashed:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <main id="content" tabIndex={-1} className="page">
            <h1>{t('app.name')}</h1>
            <p role="alert" className="form-error">
              {t('app.unknownError')}
            </p>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('app.reload')}
            </button>
          </main>
        )}
      </Translation>
    );
  }
}
