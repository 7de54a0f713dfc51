// The preview of a spreadsheet import (the roster, issue 13.2; the basket, issue 16.4): every row of the file with
// its line and its state, then cancel or confirm — nothing is written until the animator confirms.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from './ColumnHeaders';
import { ErrorText } from './ErrorText';

export interface PreviewColumn<R> {
  label: string;
  cell: (row: R) => ReactNode;
  /** The column that names the row (read out with each cell of it). */
  rowHeader?: boolean;
}

export function ImportPreviewTable<R extends { line: number }>({ rows, columns, state }: { rows: readonly R[]; columns: ReadonlyArray<PreviewColumn<R>>; state: (row: R) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t('rosterImport.tableCaption')} tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{t('rosterImport.tableCaption')}</caption>
        <ColumnHeaders labels={[t('rosterImport.line'), ...columns.map((c) => c.label), t('rosterImport.state')]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.label} scope="row">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.label}>{c.cell(r)}</td>
                ),
              )}
              <td>{state(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The error of the last try, then cancel and confirm (disabled while busy or when there is nothing to write). */
export function ImportPreviewActions({ error, busy, count, confirmLabel, onCancel, onConfirm }: { error: unknown; busy: boolean; count: number; confirmLabel: string; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorText error={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy || count === 0} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </>
  );
}
