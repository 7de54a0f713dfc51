// The core as the hosts see it: open the data folder's database and get one `dispatch` function.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATABASE_FILE_NAME } from '../config/dataDir';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { createServiceContext, type ServiceContext } from '../services/context';
import { getTeam } from '../services/team';
import { APP_VERSION } from '../version';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';

export interface Core {
  dispatch: Dispatch;
  database: OpenedDatabase;
  dataDir: string;
  close(): Promise<void>;
}

export interface CoreOptions extends DispatchOptions {
  clock?: ServiceContext['now'];
  newId?: ServiceContext['newId'];
}

export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  mkdirSync(dataDir, { recursive: true });
  return openCoreFile(join(dataDir, DATABASE_FILE_NAME), { ...options, backupDir: join(dataDir, 'backups') });
}

/** The core over one database file (the CLI's --db FILE); backups go beside it unless told otherwise. */
export async function openCoreFile(
  databaseFile: string,
  options: CoreOptions & { backupDir?: string; mustExist?: boolean } = {},
): Promise<Core> {
  const dataDir = dirname(databaseFile);
  const database = await openDatabase(databaseFile, {
    backupDir: options.backupDir ?? join(dataDir, 'backups'),
    mustExist: options.mustExist ?? false,
  });
  const services = createServiceContext(database.db, {
    ...(options.clock && { now: options.clock }),
    ...(options.newId && { newId: options.newId }),
  });
  const ctx = {
    ...services,
    status: async () => ({
      appVersion: APP_VERSION,
      schemaVersion: database.schemaVersion,
      dataDir,
      databaseFile,
      teamSetUp: (await getTeam(services)) !== null,
    }),
  };
  return { dispatch: createDispatch(ctx, options), database, dataDir, close: () => database.close() };
}
