// The team's sync operations as the API offers them (the screens and the `pzk` CLI alike).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../api/contract';
import type { DocumentFile, SyncCheck, SyncStatusView } from '../domain/types';
import type { ServiceContext } from '../services/context';
import { documentFile, type HostSaving } from '../services/files';
import type { SecretStore } from './secrets';
import { checkBundle, exportBundle, importEnrolment, importReceipt, syncStatus, writeBundle } from './team';

/** Sync needs the key store that protects the installation's signing key (null: none here). */
export interface SyncContext extends ServiceContext {
  secrets: SecretStore | null;
  files: { sqlite: BetterSqlite3.Database; dataDir: string };
  schemaVersion: string;
  /** The host's save dialog (null: none; the renderer downloads). */
  saving: HostSaving | null;
}

export const getSyncStatus = (ctx: ServiceContext): Promise<SyncStatusView> => syncStatus(ctx.db);

export async function importEnrolmentText(ctx: SyncContext, input: ParsedInput<'sync.importEnrolment'>) {
  return { hubName: (await importEnrolment(ctx.db, input.text, ctx.secrets)).hubName };
}

export const importReceiptText = (ctx: ServiceContext, input: ParsedInput<'sync.importReceipt'>) => importReceipt(ctx.db, input.text);

/** The RODO check of exactly what the next bundle (or a full one) would carry. */
export const checkSync = (ctx: ServiceContext, input: ParsedInput<'sync.check'>): Promise<SyncCheck> => checkBundle(ctx.db, { full: input?.full ?? false });

/** The core's tmp folder goes once nothing is in it (the CLI's is beside the user's database file). */
function rmdirIfEmpty(dir: string) {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another operation's file) or already gone.
  }
}

const exportOptions = (ctx: SyncContext, input: ParsedInput<'sync.exportBundle'>) => ({
  full: input?.full ?? false,
  now: ctx.now(),
  secrets: ctx.secrets,
  acceptFindings: input?.acceptFindings ?? null,
  sqlite: ctx.files.sqlite,
});

const BUNDLE_TMP = /^bundle-[0-9a-f-]+\.pzkb\.partial$/;

/** What an export killed midway left in the core's tmp folder (it holds the lock: no export is running). */
export function removeUnfinishedBundles(dataDir: string): void {
  const dir = join(dataDir, 'tmp');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (BUNDLE_TMP.test(name)) rmSync(join(dir, name), { force: true });
  rmdirIfEmpty(dir);
}

/**
 * Written to a file of the core's own folder as it is encrypted, then handed to the host, which moves it
 * where the user chooses; what is left (a cancelled dialog, a refusal) is removed.
 */
export async function saveBundleFile(ctx: SyncContext, input: ParsedInput<'sync.saveBundle'>) {
  if (!ctx.saving) return { saved: false as const, reason: 'download' as const };
  const dir = join(ctx.files.dataDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bundle-${randomUUID()}.pzkb.partial`);
  try {
    const bundle = await writeBundle(ctx.db, ctx.schemaVersion, file, exportOptions(ctx, input));
    const path = await ctx.saving.saveFile(bundle.fileName, file);
    if (path !== null) await bundle.remember();
    return path === null ? { saved: false as const, reason: 'cancelled' as const } : { saved: true as const, path, fileName: bundle.fileName };
  } finally {
    rmSync(file, { force: true });
    rmdirIfEmpty(dir);
  }
}

export async function exportBundleFile(ctx: SyncContext, input: ParsedInput<'sync.exportBundle'>): Promise<DocumentFile> {
  const bundle = await exportBundle(ctx.db, ctx.schemaVersion, exportOptions(ctx, input));
  return documentFile(bundle.fileName, 'application/octet-stream', bundle.bytes);
}
