// The meeting's attachments (issue 13.4): files added here are checked by the core (type by content,
// 25 MB), listed with their SHA-256 in the protocol and sent to the regional centre with the bundle,
// so the panel reminds the animator that a scan may hold personal data. Locked with the meeting.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MEDIA_TYPES, typeAndSize, type AttachmentKind } from '../../../src/domain/attachments';
import { STANDARD_ATTACHMENT_TITLE } from '../../../src/domain/documents.pl';
import type { Attachment, MeetingDetail } from '../../../src/domain/types';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { FilePicker } from '../../components/FilePicker';
import { saveDocument } from '../../download';
import { readBytes } from '../../readFile';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';

export const ATTACHMENT_ACCEPT = [...ATTACHMENT_EXTENSIONS.map((e) => `.${e}`), '.jpeg', ...ATTACHMENT_MEDIA_TYPES].join(',');

/** Adds the chosen files one by one; the first refusal stops the rest and is shown. */
export function useAttach(meetingId: string) {
  const write = useMeetingStore((s) => s.write);
  const action = useAction();
  const attach = (files: File[], kind: AttachmentKind, title: string | null = null) =>
    action.run(async () => {
      const added: Attachment[] = [];
      for (const file of files) {
        const bytes = await readBytes(file);
        added.push(await write(() => api.attachments.add({ meetingId, fileName: file.name, bytes, kind, title }), (attachment) => ({ kind: 'attachment', attachment })));
      }
      return added;
    });
  return { ...action, attach };
}

function AttachmentRow({ attachment: a, locked }: { attachment: Attachment; locked: boolean }) {
  const { t } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const [title, setTitle] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);

  async function rename(e: FormEvent) {
    e.preventDefault();
    if (title === null) return;
    const saved = await run(() => write(() => api.attachments.rename({ id: a.id, title }), (attachment) => ({ kind: 'attachment', attachment })));
    if (saved) setTitle(null);
  }

  return (
    <li className="attachment">
      {title === null ? (
        <span className="attachment__title">
          {a.title}
          {a.kind === 'attendance_scan' && a.title !== STANDARD_ATTACHMENT_TITLE.attendanceScan && <span className="muted small"> · {t('attachments.scanBadge')}</span>}
        </span>
      ) : (
        <form onSubmit={rename} className="attachment__rename">
          <label htmlFor={`attachment-title-${a.id}`}>{t('attachments.titleLabel')}</label>
          <input id={`attachment-title-${a.id}`} value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="button">
            {t('app.save')}
          </button>
          <button type="button" className="link-button" onClick={() => setTitle(null)}>
            {t('app.cancel')}
          </button>
        </form>
      )}
      <span className="muted small">
        {a.fileName} · {typeAndSize(a)}
      </span>
      <span className="muted small attachment__hash" title={a.sha256}>
        SHA-256 <code>{a.sha256.slice(0, 16)}…</code>
      </span>
      <span className="attachment__actions">
        <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.attachments.get({ id: a.id })))}>
          {t('attachments.save', { name: a.fileName })}
        </button>
        {!locked && title === null && (
          <>
            <button type="button" className="link-button" onClick={() => setTitle(a.title)}>
              {t('attachments.rename')}
            </button>
            <button type="button" className="link-button" onClick={() => setRemoving(true)}>
              {t('attachments.remove')}
            </button>
          </>
        )}
      </span>
      <ErrorText error={error} />
      <ConfirmDialog
        isOpen={removing}
        title={t('attachments.removeTitle')}
        body={t('attachments.removeBody', { name: a.fileName })}
        confirmLabel={t('attachments.remove')}
        cancelLabel={t('app.cancel')}
        danger
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          void run(() => write(() => api.attachments.remove({ id: a.id }), ({ id }) => ({ kind: 'attachmentRemoved', id })));
        }}
      />
    </li>
  );
}

export function AttachmentsPanel({ detail, locked }: { detail: MeetingDetail; locked: boolean }) {
  const { t } = useTranslation();
  const { attach, error, busy } = useAttach(detail.meeting.id);
  const [title, setTitle] = useState('');

  async function add(files: File[]) {
    const added = await attach(files, 'document', files.length === 1 ? title.trim() || null : null);
    if (added?.length) setTitle('');
  }

  return (
    <section aria-labelledby="attachments-title" className="attachments">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      {detail.attachments.length ? (
        <ul className="plain-list attachments__list">
          {detail.attachments.map((a) => (
            <AttachmentRow key={a.id} attachment={a} locked={locked} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('attachments.empty')}</p>
      )}
      {locked ? (
        <p className="muted small">{t('attachments.locked')}</p>
      ) : (
        <div className="stack attachments__add">
          <p className="form-warning small" role="note">
            {t('attachments.rodo')}
          </p>
          <label htmlFor="attachment-title">{t('attachments.newTitle')}</label>
          <input id="attachment-title" value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby="attachment-title-hint" />
          <p id="attachment-title-hint" className="muted small">
            {t('attachments.newTitleHint')}
          </p>
          <FilePicker label={busy ? t('attachments.adding') : t('attachments.add')} accept={ATTACHMENT_ACCEPT} multiple onFiles={(files) => void add(files)} disabled={busy} />
          <p className="muted small">{t('attachments.types')}</p>
          <ErrorText error={error} />
        </div>
      )}
    </section>
  );
}
