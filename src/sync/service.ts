// The team's sync operations as the API offers them (the screens and the `pzk` CLI alike).
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../api/contract';
import type { DocumentFile, SyncCheck, SyncStatusView } from '../domain/types';
import type { ServiceContext } from '../services/context';
import { documentFile } from '../services/files';
import type { SecretStore } from './secrets';
import { checkBundle, exportBundle, importEnrolment, importReceipt, syncStatus } from './team';

/** Sync needs the key store that protects the installation's signing key (null: none here). */
export interface SyncContext extends ServiceContext {
  secrets: SecretStore | null;
  files: { sqlite: BetterSqlite3.Database };
  schemaVersion: string;
}

export const getSyncStatus = (ctx: ServiceContext): Promise<SyncStatusView> => syncStatus(ctx.db);

export async function importEnrolmentText(ctx: SyncContext, input: ParsedInput<'sync.importEnrolment'>) {
  return { hubName: (await importEnrolment(ctx.db, input.text, ctx.secrets)).hubName };
}

export const importReceiptText = (ctx: ServiceContext, input: ParsedInput<'sync.importReceipt'>) => importReceipt(ctx.db, input.text);

/** The RODO check of exactly what the next bundle (or a full one) would carry. */
export const checkSync = (ctx: ServiceContext, input: ParsedInput<'sync.check'>): Promise<SyncCheck> => checkBundle(ctx.db, { full: input?.full ?? false });

export async function exportBundleFile(ctx: SyncContext, input: ParsedInput<'sync.exportBundle'>): Promise<DocumentFile> {
  const bundle = await exportBundle(ctx.db, ctx.schemaVersion, {
    full: input?.full ?? false,
    now: ctx.now(),
    secrets: ctx.secrets,
    acceptFindings: input?.acceptFindings ?? null,
    sqlite: ctx.files.sqlite,
  });
  return documentFile(bundle.fileName, 'application/octet-stream', bundle.bytes);
}
