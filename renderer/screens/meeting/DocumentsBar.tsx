// The meeting's documents: the protocol (after the RODO check), the attendance list, and for an
// approved protocol its stored versions and corrections.
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../src/domain/rodo';
import type { DocumentFile, Meeting, ProtocolVersionInfo } from '../../../src/domain/types';
import { api } from '../../api';
import { AppDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { FindingsDialog } from '../../components/FindingsDialog';
import { saveDocument } from '../../download';
import { formatDate } from '../../format';
import { navigate } from '../../router';
import { minutes, useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';

// pdf.js is loaded only when a preview is opened, so it does not slow the app's start.
const PdfPreview = lazy(() => import('../../components/PdfPreview').then((m) => ({ default: m.PdfPreview })));

function VersionsDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<ProtocolVersionInfo[] | null>(null);
  const [form, setForm] = useState({ reason: '', correctedBy: '', text: '' });
  const { run, error } = useAction();
  useEffect(() => void run(async () => setVersions(await api.protocol.versions({ meetingId: meeting.id }))), [meeting.id, run]);

  async function correct(e: FormEvent) {
    e.preventDefault();
    const added = await run(() => api.protocol.correct({ meetingId: meeting.id, ...form }));
    if (added) {
      setVersions(await api.protocol.versions({ meetingId: meeting.id }));
      setForm({ reason: '', correctedBy: '', text: '' });
    }
  }

  return (
    <AppDialog isOpen onClose={onClose} title={t('documents.versionsTitle', { number: meeting.number })}>
      <ul className="plain-list">
        {(versions ?? []).map((v) => (
          <li key={v.version}>
            <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.protocol.get({ meetingId: meeting.id, version: v.version })))}>
              {t('documents.version', { version: v.version })}
            </button>{' '}
            <span className="muted small">
              {formatDate(v.createdAt.slice(0, 10), i18n.language)}
              {v.reason && ` · ${t('documents.reason', { reason: v.reason, by: v.correctedBy })}`} · SHA-256 {v.sha256.slice(0, 12)}…
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={correct} noValidate className="stack">
        <h3>{t('documents.correctTitle')}</h3>
        <p className="muted small">{t('documents.correctHelp')}</p>
        <Field label={t('documents.reasonLabel')}>{(a) => <input {...a} value={form.reason} onChange={(e) => setForm((f) => ({ ...f, reason: e.target.value }))} />}</Field>
        <Field label={t('documents.correctedBy')}>{(a) => <input {...a} value={form.correctedBy} onChange={(e) => setForm((f) => ({ ...f, correctedBy: e.target.value }))} />}</Field>
        <Field label={t('documents.correctionText')}>{(a) => <textarea {...a} rows={4} value={form.text} onChange={(e) => setForm((f) => ({ ...f, text: e.target.value }))} />}</Field>
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('app.close')}
          </button>
          <button type="submit" className="button button--primary">
            {t('documents.correct')}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}

type Document = 'protocol' | 'protocolDocx' | 'attendanceList';
const FETCH: Record<Document, (meetingId: string) => Promise<DocumentFile>> = {
  protocol: (meetingId) => api.protocol.get({ meetingId }),
  protocolDocx: (meetingId) => api.protocol.docx({ meetingId }),
  attendanceList: (meetingId) => api.protocol.attendanceList({ meetingId }),
};

export function DocumentsBar({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const { run, error, busy } = useAction();
  const [checked, setChecked] = useState<{ findings: Finding[]; document: Document } | null>(null);
  const [showVersions, setShowVersions] = useState(false);
  const [preview, setPreview] = useState<DocumentFile | null>(null);

  const [savedDocx, setSavedDocx] = useState<string | null>(null);
  const download = (document: Document) =>
    run(async () => {
      const file = await FETCH[document](meeting.id);
      await saveDocument(file);
      setSavedDocx(document === 'protocolDocx' ? file.fileName : null);
    });
  /** The RODO check of exactly what the document prints (the DOCX prints what the protocol does), then the file (or the findings first). */
  const save = (document: Document) =>
    run(async () => {
      await minutes.getState().flushAll();
      const findings = await api.protocol.check({ meetingId: meeting.id, document: document === 'attendanceList' ? 'attendanceList' : 'protocol' });
      if (findings.length) setChecked({ findings, document });
      else await download(document);
    });
  const protocol = () => save('protocol');

  return (
    <div className="documents" role="group" aria-label={t('documents.title')}>
      <button type="button" className="button" disabled={busy} onClick={() => void protocol()}>
        {meeting.status === 'approved' ? t('documents.protocol') : t('documents.protocolDraft')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-label={t('documents.preview')}
        onClick={() => void run(async () => { await minutes.getState().flushAll(); setPreview(await api.protocol.get({ meetingId: meeting.id })); })}
      >
        {t('documents.previewShort')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void save('attendanceList')}>
        {t('documents.attendanceList')}
      </button>
      <button type="button" className="button" disabled={busy} title={t('documents.docxHint')} aria-describedby="docx-hint" onClick={() => void save('protocolDocx')}>
        {t('documents.protocolDocx')}
      </button>
      <span id="docx-hint" className="visually-hidden">
        {t('documents.docxHint')}
      </span>
      {meeting.status === 'approved' && (
        <button type="button" className="link-button" onClick={() => setShowVersions(true)}>
          {t('documents.versions')}
        </button>
      )}
      <ErrorText error={error} />
      {savedDocx && (
        <p role="status" className="muted small documents__notice">
          {t('documents.docxSaved', { name: savedDocx })}
        </p>
      )}
      {checked && (
        <FindingsDialog
          findings={checked.findings}
          what={checked.document === 'attendanceList' ? 'attendanceList' : 'protocol'}
          placeOf={(f) => {
            // "Ad 3. …" names an agenda item: the finding is fixed in its minutes.
            const position = /^Ad (\d+)\./.exec(f.where)?.[1];
            const item = position ? useMeetingStore.getState().detail?.agenda.find((a) => a.position === Number(position)) : undefined;
            return item
              ? () => {
                  setChecked(null);
                  navigate({ name: 'meeting', id: meeting.id, itemId: item.id });
                  requestAnimationFrame(() => document.getElementById('minutes-text')?.focus());
                }
              : null;
          }}
          onCancel={() => setChecked(null)}
          onConfirm={() => {
            setChecked(null);
            void download(checked.document);
          }}
        />
      )}
      {preview && (
        <AppDialog isOpen onClose={() => setPreview(null)} title={meeting.number ? t('documents.previewTitle', { number: meeting.number }) : t('documents.previewTitlePlanned', { date: formatDate(meeting.date, i18n.language) })} wide>
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <PdfPreview bytes={preview.bytes} title={preview.fileName} />
          </Suspense>
          <div className="actions">
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('app.close')}
            </button>
            <button type="button" className="button button--primary" onClick={() => { setPreview(null); void protocol(); }}>
              {t('documents.saveFromPreview')}
            </button>
          </div>
        </AppDialog>
      )}
      {showVersions && <VersionsDialog meeting={meeting} onClose={() => setShowVersions(false)} />}
    </div>
  );
}
