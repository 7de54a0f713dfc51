// The team's sync operations as the API offers them.
import type { ParsedInput } from '../api/contract';
import type { Finding } from '../domain/rodo';
import type { DocumentFile } from '../domain/types';
import type { ServiceContext } from '../services/context';
import { checkProtocol } from '../protocol/service';
import { sha256Hex } from './crypto';
import type { SecretStore } from './secrets';
import { exportBundle, importEnrolment, importReceipt, syncStatus } from './team';

/** Sync needs the key store that protects the installation's signing key (null: none here). */
export interface SyncContext extends ServiceContext {
  secrets: SecretStore | null;
}

export const getSyncStatus = (ctx: ServiceContext) => syncStatus(ctx.db);

export async function importEnrolmentText(ctx: SyncContext, input: ParsedInput<'sync.importEnrolment'>) {
  return { hubName: (await importEnrolment(ctx.db, input.text, ctx.secrets)).hubName };
}

export const importReceiptText = (ctx: ServiceContext, input: ParsedInput<'sync.importReceipt'>) => importReceipt(ctx.db, input.text);

/** The meetings touched by the changes to send (all with `full`), scanned like a protocol before they leave the machine. */
export async function checkUnsent(ctx: ServiceContext, input: ParsedInput<'sync.check'>): Promise<Finding[]> {
  const ackSeq = input?.full ? 0 : (await syncStatus(ctx.db)).ackSeq;
  const rows = await ctx.db
    .selectFrom('changeLog')
    .select(['entity', 'entityId', 'row'])
    .where('seq', '>', ackSeq)
    .where('entity', 'in', ['meeting', 'agenda_item', 'decision', 'action_item', 'action_item_review'])
    .execute();
  const meetingIds = new Set<string>();
  for (const r of rows) {
    if (r.entity === 'meeting') meetingIds.add(r.entityId);
    const row = r.row ? (JSON.parse(r.row) as { meetingId?: string; originMeetingId?: string }) : null;
    if (row?.meetingId) meetingIds.add(row.meetingId);
    if (row?.originMeetingId) meetingIds.add(row.originMeetingId);
  }
  const existing = await ctx.db.selectFrom('meeting').select('id').execute();
  const findings: Finding[] = [];
  for (const { id } of existing.filter((m) => meetingIds.has(m.id))) findings.push(...(await checkProtocol(ctx, { meetingId: id })));
  return findings;
}

export async function exportBundleFile(ctx: SyncContext, input: ParsedInput<'sync.exportBundle'>, schemaVersion: string): Promise<DocumentFile> {
  const bundle = await exportBundle(ctx.db, schemaVersion, { full: input?.full ?? false, now: ctx.now(), secrets: ctx.secrets });
  const bytes = Buffer.from(bundle.bytes);
  return { fileName: bundle.fileName, mediaType: 'application/octet-stream', base64: bytes.toString('base64'), sha256: sha256Hex(bytes), version: null, approved: false };
}
