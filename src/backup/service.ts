// Backups as the API offers them.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import type { ParsedInput } from '../api/contract';
import type { DatabaseKey } from '../db/cipher';
import type { ServiceContext } from '../services/context';
import type { DocumentFile } from '../domain/types';
import { documentFile } from '../services/files';
import { requireTeamRow } from '../services/team';
import { unsealInCopy } from '../sync/identity';
import type { SecretStore } from '../sync/secrets';
import { dailyBackup, encryptedCopy, listBackups, purgeBackups, stageEncryptedRestore, stageLocalRestore } from './backup';

/** What backups need beyond the services: where the files are, the open connection, the key store. */
export interface BackupContext extends ServiceContext {
  files: { dataDir: string; backupDir: string; sqlite: BetterSqlite3.Database; key: DatabaseKey | null };
  secrets: SecretStore | null;
  /** Replaces the open database with the staged copy, at once (every window reloads). */
  replaceDatabase(): Promise<void>;
}

export async function listLocalBackups(ctx: BackupContext) {
  return { backups: listBackups(ctx.files.backupDir) };
}

export async function createHandover(ctx: BackupContext, input: ParsedInput<'backup.createHandover'>): Promise<DocumentFile> {
  const team = await requireTeamRow(ctx.db);
  const copy = await encryptedCopy(ctx.files.sqlite, join(ctx.files.dataDir, 'tmp'), input.passphrase, (db) => unsealInCopy(db, ctx.secrets), ctx.files.key);
  return documentFile(`pzk-kopia_${team.teryt}_${ctx.now().toISOString().slice(0, 10)}.pzkbak`, 'application/octet-stream', copy);
}

export async function restoreHandover(ctx: BackupContext, input: ParsedInput<'backup.restoreHandover'>) {
  await stageEncryptedRestore(ctx.files.dataDir, input.bytes, input.passphrase, ctx.files.key);
  await ctx.replaceDatabase();
  return { restored: true as const };
}

export async function restoreLocal(ctx: BackupContext, input: ParsedInput<'backup.restoreLocal'>) {
  await stageLocalRestore(ctx.files.dataDir, ctx.files.backupDir, input.name, ctx.files.key);
  await ctx.replaceDatabase();
  return { restored: true as const };
}

/** "Usuń kopie sprzed poprawki": every copy goes, then one of the database as it is now is made. */
export async function purgeLocalBackups(ctx: BackupContext) {
  const removed = purgeBackups(ctx.files.backupDir);
  await dailyBackup(ctx.files.sqlite, ctx.files.backupDir, ctx.now(), ctx.files.key);
  return { removed };
}
