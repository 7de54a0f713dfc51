// Backups as the API offers them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedInput } from '../api/contract';
import type BetterSqlite3 from 'better-sqlite3';
import type { ServiceContext } from '../services/context';
import type { DocumentFile } from '../domain/types';
import { requireTeamRow } from '../services/team';
import { sha256Hex } from '../sync/crypto';
import type { SecretStore } from '../sync/secrets';
import { unsealInCopy } from '../sync/team';
import { encryptedCopy, listBackups, RESTORE_PENDING, stageEncryptedRestore, stageLocalRestore } from './backup';

/** What backups need beyond the services: where the files are, the open connection, the key store. */
export interface BackupContext extends ServiceContext {
  files: { dataDir: string; backupDir: string; sqlite: BetterSqlite3.Database };
  secrets: SecretStore | null;
}

export async function listLocalBackups(ctx: BackupContext) {
  return { backups: listBackups(ctx.files.backupDir), restorePending: existsSync(join(ctx.files.dataDir, RESTORE_PENDING)) };
}

export async function createHandover(ctx: BackupContext, input: ParsedInput<'backup.createHandover'>): Promise<DocumentFile> {
  const team = await requireTeamRow(ctx.db);
  const copy = await encryptedCopy(ctx.files.sqlite, join(ctx.files.dataDir, 'tmp'), input.passphrase, (db) => unsealInCopy(db, ctx.secrets));
  const bytes = Buffer.from(copy);
  return {
    fileName: `pzk-kopia_${team.teryt}_${ctx.now().toISOString().slice(0, 10)}.pzkbak`,
    mediaType: 'application/octet-stream',
    base64: bytes.toString('base64'),
    sha256: sha256Hex(bytes),
    version: null,
    approved: false,
  };
}

export async function restoreHandover(ctx: BackupContext, input: ParsedInput<'backup.restoreHandover'>) {
  await stageEncryptedRestore(ctx.files.dataDir, Buffer.from(input.base64, 'base64'), input.passphrase);
  return { restartRequired: true as const };
}

export async function restoreLocal(ctx: BackupContext, input: ParsedInput<'backup.restoreLocal'>) {
  await stageLocalRestore(ctx.files.dataDir, ctx.files.backupDir, input.name);
  return { restartRequired: true as const };
}
