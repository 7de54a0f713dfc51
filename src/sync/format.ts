// The sync file formats (docs/sync-format.md): enrolment, bundle manifest, receipt. Version numbers
// are checked first, so an old reader refuses a newer format with a clear reason.
import { z } from 'zod';

export const BUNDLE_FORMAT_VERSION = 1;
export const ENROLMENT_FORMAT_VERSION = 1;
export const RECEIPT_FORMAT_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);

export const enrolmentSchema = z.object({
  format: z.literal('pzk-enrolment'),
  formatVersion: z.literal(ENROLMENT_FORMAT_VERSION),
  teamId: z.string().min(1).max(64),
  teryt: z.string().regex(/^\d{7}$/),
  hubName: z.string().min(1).max(200),
  /** age X25519 recipient of the hub: bundles are encrypted to it. */
  hubRecipient: z.string().regex(/^age1[0-9a-z]+$/),
  /** Ed25519 public key (SPKI DER, base64) that signs the hub's receipts. */
  hubReceiptKey: base64,
  token: z.string().min(16).max(128),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const CHANGE_ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item', 'action_item_review', 'case',
] as const;

export const manifestSchema = z.object({
  format: z.literal('pzk-bundle'),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  schemaVersion: z.string().min(1).max(100),
  appVersion: z.string().min(1).max(40),
  teamId: z.string().min(1).max(64),
  teryt: z.string().regex(/^\d{7}$/),
  installId: z.string().min(1).max(64),
  /** Ed25519 public key (SPKI DER, base64) whose private half signed this manifest. */
  publicKey: base64,
  /** The enrolment token, in every bundle until the hub has acknowledged one. */
  enrolmentToken: z.string().min(16).max(128).nullable(),
  baseSeq: z.int().min(0),
  toSeq: z.int().min(0),
  counts: z.record(z.enum(CHANGE_ENTITIES), z.int().min(0)),
  /** SHA-256 of every other file in the bundle, by path. */
  files: z.record(z.string().regex(/^(changes\.ndjson|protocols\/[A-Za-z0-9-]+-v\d+\.pdf)$/), sha256),
  previousBundleHash: sha256.nullable(),
  createdAt: z.iso.datetime(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const changeSchema = z.object({
  seq: z.int().min(1),
  entity: z.enum(CHANGE_ENTITIES),
  entityId: z.string().min(1).max(64),
  op: z.enum(['insert', 'update', 'delete']),
  row: z.record(z.string(), z.unknown()).nullable(),
  at: z.string().min(1).max(40),
});
export type Change = z.infer<typeof changeSchema>;

export const receiptSchema = z.object({
  format: z.literal('pzk-receipt'),
  formatVersion: z.literal(RECEIPT_FORMAT_VERSION),
  hubName: z.string().min(1).max(200),
  teamId: z.string().min(1).max(64),
  installId: z.string().min(1).max(64),
  ackSeq: z.int().min(0),
  bundleHash: sha256,
  issuedAt: z.iso.datetime(),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** A signed JSON document: the exact bytes that were signed, and the signature. */
export const signedSchema = z.object({ payload: base64, signature: base64 });

/** Reads the format and version first, so that a newer file gets "too new", not "invalid". */
export function checkVersion(value: unknown, format: string, supported: number): void {
  const head = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(value);
  if (!head.success || head.data.format !== format) throw new SyncError('NOT_A_SYNC_FILE', `not a ${format} file`);
  if (head.data.formatVersion > supported) {
    throw new SyncError('FORMAT_TOO_NEW', `${format} version ${head.data.formatVersion} is newer than this app reads (${supported}); update the app`);
  }
}

export type SyncErrorCode =
  | 'NOT_A_SYNC_FILE'
  | 'FORMAT_TOO_NEW'
  | 'SCHEMA_TOO_NEW'
  | 'DECRYPT_FAILED'
  | 'BAD_ARCHIVE'
  | 'BAD_MANIFEST'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_TEAM'
  | 'BAD_TOKEN'
  | 'HASH_MISMATCH'
  | 'GAP'
  | 'CONFLICTING_REPLAY'
  | 'ROLLBACK'
  | 'FORK'
  | 'BROKEN_CHAIN'
  | 'BAD_CHANGE'
  | 'NOT_ENROLLED'
  | 'STALE_RECEIPT'
  | 'KEY_LOCKED';

/** Numbers a refusal's reason refers to (the seq to send from…), for a translated message. */
export type SyncErrorParams = Record<string, number>;

/** A refusal with a stable code; the message says why, in English (CLI, reports). */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly params: SyncErrorParams = {},
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** What identifies a bundle's content, whatever its encryption: the same changes give the same id. */
export function bundleId(m: Pick<Manifest, 'installId' | 'baseSeq' | 'toSeq' | 'files'>, sha256: (s: string) => string): string {
  return sha256(`${m.installId}:${m.baseSeq}:${m.toSeq}:${m.files['changes.ndjson'] ?? ''}`);
}
