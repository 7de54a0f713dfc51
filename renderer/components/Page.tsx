// A screen's page: its heading, its sub-navigation if it has one, what it is for, and the notice and error of
// its last action (announced: role=status, role=alert).
import type { ReactNode } from 'react';
import { ErrorText } from './ErrorText';

export function Page({ title, help, nav, notice, error, children }: { title: string; help?: string | undefined; nav?: ReactNode; notice: string | null; error: unknown; children: ReactNode }) {
  return (
    <main id="content" tabIndex={-1} className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>{title}</h1>
      </header>
      {nav}
      {help && <p className="muted lead">{help}</p>}
      <div aria-live="polite">
        {notice && (
          <p role="status" className="form-ok">
            {notice}
          </p>
        )}
      </div>
      <ErrorText error={error} />
      {children}
    </main>
  );
}
