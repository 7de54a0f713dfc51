// The basket in a spreadsheet (issue 16.4): exported for checking with the partners, imported back with the
// roster import's preview — each row's state in Polish, nothing written until the animator confirms.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasketImportPreview, BasketImportRow } from '../../../src/domain/types';
import { api } from '../../api';
import { AppDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { FilePicker } from '../../components/FilePicker';
import { ImportPreviewActions, ImportPreviewTable } from '../../components/ImportPreview';
import { saveDocument } from '../../download';
import { useAction } from '../../useAction';

function RowState({ row }: { row: BasketImportRow }) {
  const { t } = useTranslation();
  if (row.status === 'error') {
    return <span className="form-error">{row.errors.map((e) => `${t(`basket.fields.${e.field === 'institution' ? 'institutionId' : e.field}`)}: ${t(`basketImport.error.${e.key}`)}`).join(' ')}</span>;
  }
  if (row.status === 'duplicate') return <span className="muted">{t('basketImport.repeats', { line: row.repeats })}</span>;
  return <span className={row.status === 'same' ? 'muted' : 'badge badge--approved'}>{t(`basketImport.status.${row.status}`)}</span>;
}

function PreviewDialog({ file, preview, onClose }: { file: Uint8Array; preview: BasketImportPreview; onClose: (done: string | null) => void }) {
  const { t } = useTranslation();
  const { run, error, busy } = useAction();
  const changes = preview.counts.new + preview.counts.update;
  const confirm = () =>
    void run(async () => {
      const result = await api.basket.import({ bytes: file, expectChanges: changes });
      onClose(t('basketImport.done', { added: result.added, updated: result.updated, skipped: result.skipped }));
    });
  return (
    <AppDialog isOpen wide onClose={() => onClose(null)} title={t('basketImport.previewTitle')}>
      <p className="muted">{t('basketImport.previewHelp')}</p>
      <p role="status">{t('basketImport.counts', preview.counts)}</p>
      <ImportPreviewTable
        rows={preview.rows}
        columns={[
          { label: t('basket.fields.institutionId'), cell: (r) => r.institution || '—' },
          { label: t('basket.fields.service'), cell: (r) => r.service || '—', rowHeader: true },
        ]}
        state={(r) => <RowState row={r} />}
      />
      <ImportPreviewActions error={error} busy={busy} count={changes} confirmLabel={t('basketImport.confirm', { count: changes })} onCancel={() => onClose(null)} onConfirm={confirm} />
    </AppDialog>
  );
}

export function BasketSheet({ onImported }: { onImported: (message: string) => void }) {
  const { t } = useTranslation();
  const { run, error } = useAction();
  const [opened, setOpened] = useState<{ file: Uint8Array; preview: BasketImportPreview } | null>(null);
  const pick = (files: File[]) =>
    void run(async () => {
      const file = files[0];
      if (!file) return;
      const bytes = new Uint8Array(await file.arrayBuffer());
      setOpened({ file: bytes, preview: await api.basket.importPreview({ bytes }) });
    });
  return (
    <details className="card">
      <summary>
        <h2 className="inline-heading">{t('basketImport.title')}</h2>
      </summary>
      <p className="muted small">{t('basketImport.help')}</p>
      <FilePicker label={t('basketImport.choose')} accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onFiles={pick} />
      <div className="link-list">
        <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.basket.export({ format: 'xlsx' })))}>
          {t('basketImport.exportXlsx')}
        </button>
        <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.basket.export({ format: 'csv' })))}>
          {t('basketImport.exportCsv')}
        </button>
      </div>
      <ErrorText error={error} />
      {opened && (
        <PreviewDialog
          file={opened.file}
          preview={opened.preview}
          onClose={(message) => {
            setOpened(null);
            if (message) onImported(message);
          }}
        />
      )}
    </details>
  );
}
