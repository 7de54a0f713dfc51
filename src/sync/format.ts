// The sync file formats (docs/sync-format.md): enrolment, bundle manifest and records, receipt.
// Version numbers are checked first, so a reader refuses a newer format — and a bundle of the old
// format 1 — with a clear reason and what to do.
import { z } from 'zod';
import { SyncError } from '../api/errors';
import { ATTACHMENT_EXTENSIONS, extensionOf, type AttachmentMediaType } from '../domain/attachments';
import { CLOSE_REASONS } from '../domain/enums';
import { SUPPORT_KINDS } from '../domain/support';
import { BUNDLE_ENTITIES } from '../domain/syncFields';

/**
 * 2: state, not history — one record per changed row, its current version, and the write sessions.
 * 3: attachments (records of entity `attachment` and their files under attachments/). A format 2
 * bundle is a format 3 bundle without them, so a hub reads both.
 * 4: declarations (entity `declaration`, their dates; issue 16.2), the team's rules (`rules_version`,
 * 16.3), the register of mutual benefits (`benefit`, 16.5), the action plan (`action_plan`, `plan_task`,
 * 16.6; an action item's `planTaskId`), the Lokalny Koszyk Usług (`offer`, 16.4; an action item's `offerId`), and member rows without the two
 * declaration dates they had. A hub of format 3 refuses the new entity, so it is told to update.
 */
export const BUNDLE_FORMAT_VERSION = 4;
export const OLDEST_BUNDLE_FORMAT = 2;
export const ENROLMENT_FORMAT_VERSION = 1;
export const RECEIPT_FORMAT_VERSION = 1;

export const RECORDS_FILE = 'records.ndjson';

/** Where an attachment's bytes are in a bundle: named by its record, with the extension of its type. */
export const attachmentPath = (id: string, mediaType: AttachmentMediaType) => `attachments/${id}.${extensionOf(mediaType)}`;
const ATTACHMENT_PATH = new RegExp(`^attachments/[A-Za-z0-9-]+\\.(${ATTACHMENT_EXTENSIONS.join('|')})$`);
export const isAttachmentPath = (path: string) => ATTACHMENT_PATH.test(path);

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

export const manifestSchema = z.object({
  format: z.literal('pzk-bundle'),
  formatVersion: z.int().min(OLDEST_BUNDLE_FORMAT).max(BUNDLE_FORMAT_VERSION),
  schemaVersion: z.string().min(1).max(100),
  appVersion: z.string().min(1).max(40),
  teamId: z.string().min(1).max(64),
  teryt: z.string().regex(/^\d{7}$/),
  installId: z.string().min(1).max(64),
  /** Ed25519 public key (SPKI DER, base64) whose private half signed this manifest. */
  publicKey: base64,
  /** The enrolment token, in every bundle until the hub has acknowledged one. */
  enrolmentToken: z.string().min(16).max(128).nullable(),
  /** The bundle holds the current state of every record whose latest write is in (baseSeq, toSeq]. */
  baseSeq: z.int().min(0),
  toSeq: z.int().min(0),
  /** Records per entity. */
  counts: z.partialRecord(z.enum(BUNDLE_ENTITIES), z.int().min(0)),
  /** Which write session made the seqs of (baseSeq, toSeq]: sorted, the first in force at baseSeq + 1. */
  sessions: z.array(z.object({ fromSeq: z.int().min(1), session: z.string().min(1).max(64) })).max(100_000),
  /** SHA-256 of every other file in the bundle, by path. */
  files: z.record(z.string().refine((p) => /^(records\.ndjson|protocols\/[A-Za-z0-9-]+-v\d+\.pdf)$/.test(p) || isAttachmentPath(p)), sha256),
  /** The bundle the hub acknowledged last; null only for a full bundle (baseSeq 0). */
  previousBundleHash: sha256.nullable(),
  createdAt: z.iso.datetime(),
  /**
   * Sums the team sends instead of rows (issue 17.5), whole with every bundle: the support it received by month
   * and kind. Absent from bundles of apps before it (a hub keeps what it had).
   */
  aggregates: z
    .object({
      support: z
        .array(
          z.object({
            month: z.string().regex(/^\d{4}-\d{2}$/),
            kind: z.enum(SUPPORT_KINDS),
            sessions: z.int().min(0).max(1_000_000),
            hours: z.number().min(0).max(10_000_000),
            participants: z.int().min(0).max(100_000_000),
          }),
        )
        .max(100_000),
      /** The cases by month: referred, closed by reason, the closed ones' durations (absent before 17.5). */
      cases: z
        .array(
          z.object({
            month: z.string().regex(/^\d{4}-\d{2}$/),
            referred: z.int().min(0).max(1_000_000),
            closed: z.partialRecord(z.enum(CLOSE_REASONS), z.int().min(0).max(1_000_000)),
            durations: z.array(z.tuple([z.int().min(0).max(1200), z.int().min(1).max(1_000_000)])).max(1201),
          }),
        )
        .max(100_000)
        .optional(),
      /** The held meetings of the task teams: the day and how many institutions took part (absent before 17.5). */
      taskTeamMeetings: z
        .array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), institutions: z.int().min(0).max(10_000) }))
        .max(1_000_000)
        .optional(),
    })
    .optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const RECORD_OPS = ['upsert', 'delete', 'anonymise'] as const;

/** One line of records.ndjson; `row` is checked against its entity's schema (./records.ts). */
export const recordLineSchema = z.object({
  // An entity off the allow-list is refused as any malformed line is (issue 17.5).
  entity: z.enum(BUNDLE_ENTITIES),
  id: z.string().min(1).max(64),
  seq: z.int().min(1),
  op: z.enum(RECORD_OPS),
  // Checked, not copied: the hub validates the row against its entity's schema next, and a copy of
  // 35,000 rows here cost more than the rest of reading a line (issue 12).
  row: z.custom<Record<string, unknown> | null>((v) => v === null || (typeof v === 'object' && !Array.isArray(v)), 'a record row is an object or null'),
});
export type RecordLine = z.infer<typeof recordLineSchema>;

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
  if (format === 'pzk-bundle' && head.data.formatVersion < OLDEST_BUNDLE_FORMAT) {
    throw new SyncError(
      'FORMAT_TOO_OLD',
      `the bundle is in format ${head.data.formatVersion}, made by an older PZK Animator; the team should update its app and send again (the next bundle carries everything this hub has not acknowledged)`,
    );
  }
}

/** What identifies a bundle's content, whatever its encryption: the same records give the same id. */
export function bundleId(m: Pick<Manifest, 'installId' | 'baseSeq' | 'toSeq' | 'files'>, sha256Hex: (s: string) => string): string {
  return sha256Hex(`${m.installId}:${m.baseSeq}:${m.toSeq}:${m.files[RECORDS_FILE] ?? ''}`);
}
