// The core as the hosts see it: open the data folder's database and get one `dispatch` function.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATABASE_FILE_NAME } from '../config/dataDir';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { createServiceContext, type ServiceContext } from '../services/context';
import { getTeam, requireTeam } from '../services/team';
import { createClient } from '../api/client';
import { AppError } from '../api/errors';
import { loadDemo } from '../demo/demo';
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
  // The demo is written through the public API, like the CLI does; `dispatch` is bound below.
  let dispatch: Dispatch = async () => ({ ok: false, error: { code: 'INTERNAL', message: 'not ready' } });
  const ctx = {
    ...services,
    schemaVersion: database.schemaVersion,
    loadDemo: async (seed: number) => {
      if (await getTeam(services)) throw new AppError('TEAM_ALREADY_SET_UP', 'The demo needs an empty database.');
      await loadDemo(createClient((m, i) => dispatch(m, i)), seed);
      return requireTeam(services);
    },
    status: async () => ({
      appVersion: APP_VERSION,
      schemaVersion: database.schemaVersion,
      dataDir,
      databaseFile,
      teamSetUp: (await getTeam(services)) !== null,
    }),
  };
  dispatch = createDispatch(ctx, options);
  return { dispatch, database, dataDir, close: () => database.close() };
}
