// Attachments to a meeting (issue 13.4): a file is taken only when its content is one of the allowed
// types (a sniffer reads its bytes; the name is not trusted), at most 25 MB, stored with its SHA-256.
// They are listed with their hashes in the protocol and locked with the meeting once it is approved.
import { fileTypeFromBuffer } from 'file-type';
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  attachmentFileName,
  isAttachmentExtension,
  type AttachmentExtension,
} from '../domain/attachments';
import { STANDARD_ATTACHMENT_TITLE } from '../domain/documents.pl';
import { ENTITY_FIELDS } from '../domain/entities';
import type { Attachment, DocumentFile } from '../domain/types';
import { notFound, type Db, type ServiceContext } from './context';
import { documentFile, sha256Hex } from './files';
import { editableMeeting, getMeetingRow } from './meetingGuard';
import { write } from './write';

/**
 * What the file is, by its content: one of the allowed extensions, or null. The sniffer tells a DOCX,
 * XLSX or ODT from any other ZIP by the parts inside, and a macro-enabled DOCM from a DOCX.
 */
export async function sniffAttachment(bytes: Uint8Array): Promise<AttachmentExtension | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && isAttachmentExtension(found.ext) && ATTACHMENT_TYPES[found.ext].mediaType === found.mime ? found.ext : null;
}

export function listAttachments(db: Db, meetingId: string): Promise<Attachment[]> {
  return db.selectFrom('attachment').select(ENTITY_FIELDS.attachment).where('meetingId', '=', meetingId).orderBy('position').execute();
}

async function attachmentRow(db: Db, id: string): Promise<Attachment> {
  const row = await db.selectFrom('attachment').select(ENTITY_FIELDS.attachment).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('attachment', id);
  return row;
}

export async function addAttachment(ctx: ServiceContext, input: ParsedInput<'attachments.add'>): Promise<Attachment> {
  const { bytes } = input;
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new AppError('ATTACHMENT_TOO_LARGE', `the file has ${bytes.byteLength} bytes; an attachment takes at most ${MAX_ATTACHMENT_BYTES}`, {
      size: bytes.byteLength,
      maxMb: MAX_ATTACHMENT_BYTES / (1024 * 1024),
    });
  }
  if (bytes.byteLength === 0) throw new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', 'the file is empty', { fileName: input.fileName });
  const ext = await sniffAttachment(bytes);
  if (!ext) {
    throw new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', 'the file is none of PDF, JPG, PNG, DOCX, XLSX, ODT (judged by its content, not its name)', { fileName: input.fileName });
  }
  const fileName = attachmentFileName(input.fileName, ext);
  const title = input.title ?? (input.kind === 'attendance_scan' ? STANDARD_ATTACHMENT_TITLE.attendanceScan : fileName.replace(/\.[a-z]+$/, ''));
  return write(ctx, async (w) => {
    await editableMeeting(w.rows, input.meetingId);
    const last = Number(w.rows.scalar('SELECT coalesce(max(position), 0) FROM attachment WHERE meeting_id = ?', input.meetingId));
    const row = await w.insert('attachment', {
      id: ctx.newId(),
      meetingId: input.meetingId,
      position: last + 1,
      kind: input.kind,
      title,
      fileName,
      mediaType: ATTACHMENT_TYPES[ext].mediaType,
      size: bytes.byteLength,
      sha256: sha256Hex(bytes),
    });
    await w.db.insertInto('attachmentContent').values({ attachmentId: row.id, content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }).execute();
    return row;
  });
}

/** The file as it was attached, with its hash checked again: a damaged copy is said to be damaged. */
export async function getAttachment(ctx: ServiceContext, input: ParsedInput<'attachments.get'>): Promise<DocumentFile> {
  const row = await attachmentRow(ctx.db, input.id);
  const content = await ctx.db.selectFrom('attachmentContent').select('content').where('attachmentId', '=', row.id).executeTakeFirst();
  if (!content) throw notFound('attachment', input.id);
  const file = documentFile(row.fileName, row.mediaType, content.content);
  if (file.sha256 !== row.sha256) throw new AppError('INTERNAL', `attachment ${row.id} no longer matches its SHA-256`);
  return file;
}

export function renameAttachment(ctx: ServiceContext, input: ParsedInput<'attachments.rename'>): Promise<Attachment> {
  return write(ctx, async (w) => {
    const row = await attachmentRow(w.db, input.id);
    await editableMeeting(w.rows, row.meetingId);
    return w.update('attachment', input.id, { title: input.title });
  });
}

/** Removed while the meeting may still change; its bytes go with it (secure_delete clears the pages). */
export function removeAttachment(ctx: ServiceContext, input: ParsedInput<'attachments.remove'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    const row = await attachmentRow(w.db, input.id);
    await editableMeeting(w.rows, row.meetingId);
    await w.remove('attachment', input.id);
    return { id: input.id };
  });
}

export async function meetingAttachments(ctx: ServiceContext, input: ParsedInput<'attachments.list'>): Promise<Attachment[]> {
  await getMeetingRow(ctx.db, input.meetingId);
  return listAttachments(ctx.db, input.meetingId);
}
