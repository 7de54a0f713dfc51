// Attachments to a meeting (issue 13.4): which files may be attached, how big, and what they are.
// The type is decided by the file's content (src/services/attachments.ts asks a content sniffer), never
// by its name; the name's extension is then made to match what the file is.

/** DECISIONS 6: one limit per attachment, checked before anything is stored. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** The file types an attachment may be, by the extension the content sniffer gives them. */
export const ATTACHMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', label: 'PDF' },
  jpg: { mediaType: 'image/jpeg', label: 'JPG' },
  png: { mediaType: 'image/png', label: 'PNG' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
} as const;
export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;
export type AttachmentMediaType = (typeof ATTACHMENT_TYPES)[AttachmentExtension]['mediaType'];
export const ATTACHMENT_EXTENSIONS = Object.keys(ATTACHMENT_TYPES) as AttachmentExtension[];
export const ATTACHMENT_MEDIA_TYPES = ATTACHMENT_EXTENSIONS.map((e) => ATTACHMENT_TYPES[e].mediaType);

export const isAttachmentExtension = (ext: string): ext is AttachmentExtension => Object.hasOwn(ATTACHMENT_TYPES, ext);

export function extensionOf(mediaType: AttachmentMediaType): AttachmentExtension {
  return ATTACHMENT_EXTENSIONS.find((e) => ATTACHMENT_TYPES[e].mediaType === mediaType)!;
}

/** What an attachment is: the scan of the signed attendance list is annex 1 of the protocol. */
export const ATTACHMENT_KINDS = ['attendance_scan', 'document'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * The stored name: the chosen file's name without its folder, with the extension of what the file
 * really is ("skan.pdf" holding a JPEG becomes "skan.jpg"), so that it opens in the right program.
 */
export function attachmentFileName(name: string, ext: AttachmentExtension): string {
  // Control characters and the characters Windows forbids in a name go; what is left is the stem.
  const base = [...(name.split(/[\\/]/).pop() ?? '')].filter((c) => c >= ' ' && !'<>:"|?*'.includes(c)).join('').trim();
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim().slice(0, 150) || 'zalacznik';
  return `${stem}.${ext}`;
}

/** "PDF, 1,2 MB": what an attachment is, as the protocol, the screens and the RODO findings name it. */
export const typeAndSize = (a: { mediaType: AttachmentMediaType; size: number }) => `${ATTACHMENT_TYPES[extensionOf(a.mediaType)].label}, ${fileSizeLabel(a.size)}`;

/** "1,2 MB", "340 kB": sizes as a Polish office writes them (decimal comma). */
export function fileSizeLabel(bytes: number): string {
  const fmt = (n: number) => n.toLocaleString('pl-PL', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} kB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}
