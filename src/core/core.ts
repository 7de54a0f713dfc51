// The core as the hosts see it: open the data folder's database and get one `dispatch` function.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATABASE_FILE_NAME } from '../config/dataDir';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { createServiceContext, type ServiceContext } from '../services/context';
import { getTeam, requireTeam } from '../services/team';
import { createClient } from '../api/client';
import { AppError } from '../api/errors';
import { loadDemo } from '../demo/demo';
import { applyPendingRestore, dailyBackup } from '../backup/backup';
import { openHub, type Hub } from '../hub/hub';
import { hubStatus } from '../hub/service';
import type { SecretStore } from '../sync/secrets';
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
  /** The OS-backed store for the signing key (the Electron shell passes safeStorage). */
  secrets?: SecretStore | null;
}

export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  mkdirSync(dataDir, { recursive: true });
  return openCoreFile(join(dataDir, DATABASE_FILE_NAME), { ...options, backupDir: join(dataDir, 'backups'), dailyBackup: true });
}

/** The core over one database file (the CLI's --db FILE); backups go beside it unless told otherwise. */
export async function openCoreFile(
  databaseFile: string,
  options: CoreOptions & { backupDir?: string; mustExist?: boolean; dailyBackup?: boolean } = {},
): Promise<Core> {
  const dataDir = dirname(databaseFile);
  const backupDir = options.backupDir ?? join(dataDir, 'backups');
  const now = options.clock?.() ?? new Date();
  applyPendingRestore(dataDir, databaseFile, backupDir, now);
  const database = await openDatabase(databaseFile, { backupDir, mustExist: options.mustExist ?? false });
  const hasTeam = database.sqlite.prepare('SELECT count(*) AS n FROM team').get() as { n: number };
  if (options.dailyBackup && hasTeam.n > 0) await dailyBackup(database.sqlite, backupDir, now);
  const services = createServiceContext(database.db, {
    ...(options.clock && { now: options.clock }),
    ...(options.newId && { newId: options.newId }),
  });
  // The demo is written through the public API, like the CLI does; `dispatch` is bound below.
  let dispatch: Dispatch = async () => ({ ok: false, error: { code: 'INTERNAL', message: 'not ready' } });
  // The regional hub's own database, beside the team's, opened when first asked for.
  const hubFile = join(dataDir, 'hub.sqlite');
  let hubPromise: Promise<Hub> | null = null;
  const openedHub = () => (hubPromise ??= openHub(hubFile));
  const ctx = {
    ...services,
    hub: openedHub,
    schemaVersion: database.schemaVersion,
    files: { dataDir, backupDir, sqlite: database.sqlite },
    secrets: options.secrets ?? null,
    loadDemo: async (seed: number) => {
      if (await getTeam(services)) throw new AppError('TEAM_ALREADY_SET_UP', 'The demo needs an empty database.');
      await loadDemo(createClient((m, i) => dispatch(m, i)), seed);
      return requireTeam(services);
    },
    status: async () => ({
      mode: existsSync(hubFile) && (await hubStatus({ hub: openedHub, now: services.now })).initialised ? ('hub' as const) : ('team' as const),
      appVersion: APP_VERSION,
      schemaVersion: database.schemaVersion,
      dataDir,
      databaseFile,
      teamSetUp: (await getTeam(services)) !== null,
    }),
  };
  dispatch = createDispatch(ctx, options);
  return {
    dispatch,
    database,
    dataDir,
    close: async () => {
      if (hubPromise) await (await hubPromise).close();
      await database.close();
    },
  };
}
