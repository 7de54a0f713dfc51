// The roster and spreadsheets (issue 13.2): import from XLSX or CSV with a preview — which column is
// what, each row's state in Polish, duplicates — and nothing written until the animator confirms;
// the template to fill in; the roster's export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_FIELDS, type ColumnMapping } from '../../src/domain/roster';
import type { RosterImportPreview, RosterImportRow } from '../../src/domain/types';
import { api } from '../api';
import { AppDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { FilePicker } from '../components/FilePicker';
import { ImportPreviewActions, ImportPreviewTable } from '../components/ImportPreview';
import { saveDocument } from '../download';
import { useAppStore } from '../store/app';
import { useAction } from '../useAction';

/** Spreadsheet column letters, as Excel names them (A, B, …, Z, AA…). */
const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));

function RowState({ row }: { row: RosterImportRow }) {
  const { t } = useTranslation();
  if (row.status === 'ready') return <span className="badge badge--approved">{t('rosterImport.ready')}</span>;
  if (row.status === 'duplicate') {
    return <span className="muted">{row.duplicate?.of === 'roster' ? t('rosterImport.onRoster', { name: row.duplicate.name }) : t('rosterImport.repeats', { line: row.duplicate?.of === 'file' ? row.duplicate.line : '?' })}</span>;
  }
  return (
    <span className="form-error">
      {row.errors.map((e) => `${t(`rosterImport.field.${e.field}`)}: ${t(`validation.${e.key}`)}`).join(' ')}
    </span>
  );
}

function PreviewDialog({ file, first, onClose }: { file: Uint8Array; first: RosterImportPreview; onClose: (done: string | null) => void }) {
  const { t } = useTranslation();
  const refreshRoster = useAppStore((s) => s.refreshRoster);
  const [preview, setPreview] = useState(first);
  const { run, error, busy } = useAction();
  const remap = (field: (typeof ROSTER_FIELDS)[number], value: string) =>
    void run(async () => {
      const mapping: ColumnMapping = { ...preview.mapping, [field]: value === '' ? null : Number(value) };
      setPreview(await api.roster.importPreview({ bytes: file, mapping }));
    });
  const confirm = () =>
    void run(async () => {
      const result = await api.roster.import({ bytes: file, mapping: preview.mapping, expectReady: preview.counts.ready });
      await refreshRoster();
      onClose(t('rosterImport.done', { members: result.members, institutions: result.institutions, skipped: result.skipped }));
    });
  return (
    <AppDialog isOpen wide onClose={() => onClose(null)} title={t('rosterImport.previewTitle')}>
      <p className="muted">{t('rosterImport.previewHelp')}</p>
      <fieldset className="mapping">
        <legend>{t('rosterImport.mapping')}</legend>
        {ROSTER_FIELDS.map((field) => (
          <label key={field} className="mapping__field">
            <span>{t(`rosterImport.field.${field}`)}</span>
            <select value={preview.mapping[field] ?? ''} disabled={busy} onChange={(e) => remap(field, e.target.value)}>
              <option value="">{t('rosterImport.noColumn')}</option>
              {preview.headers.map((h, i) => (
                <option key={i} value={i}>
                  {letter(i)}: {h || t('rosterImport.untitled')}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <p role="status">
        {t('rosterImport.counts', { ready: preview.counts.ready, duplicate: preview.counts.duplicate, error: preview.counts.error })}
        {preview.newInstitutions.length > 0 && ` ${t('rosterImport.newInstitutions', { names: preview.newInstitutions.join(', ') })}`}
      </p>
      <ImportPreviewTable
        rows={preview.rows}
        columns={[
          { label: t('rosterImport.field.fullName'), cell: (r) => r.fullName || '—', rowHeader: true },
          { label: t('rosterImport.field.institution'), cell: (r) => r.institution ?? '' },
          { label: t('rosterImport.field.position'), cell: (r) => r.position ?? '' },
          { label: t('rosterImport.field.email'), cell: (r) => r.email ?? '' },
          { label: t('rosterImport.field.phone'), cell: (r) => r.phone ?? '' },
        ]}
        state={(r) => <RowState row={r} />}
      />
      <ImportPreviewActions error={error} busy={busy} count={preview.counts.ready} confirmLabel={t('rosterImport.confirm', { count: preview.counts.ready })} onCancel={() => onClose(null)} onConfirm={confirm} />
    </AppDialog>
  );
}

export function RosterSpreadsheets() {
  const { t } = useTranslation();
  const { run, error } = useAction();
  const [opened, setOpened] = useState<{ file: Uint8Array; preview: RosterImportPreview } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const pick = (files: File[]) =>
    void run(async () => {
      const file = files[0];
      if (!file) return;
      setDone(null);
      const bytes = new Uint8Array(await file.arrayBuffer());
      setOpened({ file: bytes, preview: await api.roster.importPreview({ bytes }) });
    });
  return (
    <section className="card" aria-labelledby="roster-files-title">
      <h2 id="roster-files-title">{t('rosterImport.title')}</h2>
      <p className="muted small">{t('rosterImport.help')}</p>
      <FilePicker label={t('rosterImport.choose')} accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onFiles={pick} />
      <div className="link-list">
        <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.roster.template()))}>
          {t('rosterImport.template')}
        </button>
        <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.roster.export({ format: 'xlsx', all: false })))}>
          {t('rosterImport.exportXlsx')}
        </button>
        <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.roster.export({ format: 'csv', all: false })))}>
          {t('rosterImport.exportCsv')}
        </button>
      </div>
      <ErrorText error={error} />
      {done && (
        <p role="status" className="form-ok">
          {done}
        </p>
      )}
      {opened && (
        <PreviewDialog
          file={opened.file}
          first={opened.preview}
          onClose={(message) => {
            setOpened(null);
            setDone(message);
          }}
        />
      )}
    </section>
  );
}
