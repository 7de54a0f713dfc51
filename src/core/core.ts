// The core as the hosts see it: open the data folder's database (holding the folder's lock) and get one
// `dispatch` function plus the change events of every write. A restore swaps the open database in
// place: calls wait while it happens, and every window is told to reload.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createClient } from '../api/client';
import { AppError } from '../api/errors';
import { applyPendingRestore, dailyBackup } from '../backup/backup';
import { acquireDataLock, type DataLock } from '../config/lock';
import { DATABASE_FILE_NAME, HUB_FILE_NAME } from '../config/dataDir';
import { readOnlyData } from '../config/readOnly';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { isPlainDatabase, mayBeEncrypted } from '../db/cipher';
import { encryptPlainDatabase } from '../security/encrypt';
import { keyForDatabase, type OpenedKey, type Unlock } from '../security/keys';
import { loadDemo } from '../demo/demo';
import { openHub, type Hub } from '../hub/hub';
import { hubStatus } from '../hub/service';
import { createRows } from '../db/rows';
import { createServiceContext, type ServiceContext } from '../services/context';
import { getTeam, requireTeam } from '../services/team';
import type { SecretStore } from '../sync/secrets';
import { removeUnfinishedBundles } from '../sync/service';
import { consoleLogger, fileLogger, type Logger } from '../log/logger';
import { APP_VERSION } from '../version';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';
import { createChangeBus, type ChangeBus } from './events';
import type { HandlerContext, HostInstaller } from './handlers';
import type { HostSaving } from '../services/files';
import { buildReleaseKeys } from '../update/release';

/** The hosts pass the OS key store in; they import its type from here, not from src/sync. */
export type { SecretStore, Unlock };

export interface Core {
  dispatch: Dispatch;
  events: ChangeBus;
  /** The open team database (replaced by a restore). */
  readonly database: OpenedDatabase;
  dataDir: string;
  /** Today's backup copy, when the host asked to make it after it answers (`backupLater`); once a day. */
  dailyBackup(): Promise<void>;
  close(): Promise<void>;
  /** The application log (logs/pzk.log in the data folder): the hosts log there too. */
  log: Logger;
}

export type { Logger } from '../log/logger';
/** How the hosts without a key store unlock the database (the browser host, the CLI). */
export { hostUnlock, PASSPHRASE_QUESTIONS, type AskPassphrase } from '../security/hostUnlock';
export { askAtTerminal } from '../security/terminal';
export { developmentKeyFileOf, keysFileOf, MIN_PASSPHRASE } from '../security/keys';
export { openAsking, type AskForPassphrase, type UnlockRequest } from '../security/unlockFlow';
/** For a host that failed before a core existed (the Electron shell's start): the same log file. */
export { fileLogger } from '../log/logger';

export interface CoreOptions extends DispatchOptions {
  clock?: ServiceContext['now'];
  newId?: ServiceContext['newId'];
  /** The OS-backed store for the signing key (the Electron shell passes safeStorage). */
  secrets?: SecretStore | null;
  /** Who writes this data folder, for the refusal another writer gets ("the PZK Animator app"). */
  holder?: string;
  /** The daily backup copy is made when the host calls `dailyBackup()`, after it listens, not before (issue 12). */
  backupLater?: boolean;
  /** Where the host saves documents (Electron: the native save dialog); none: the renderer downloads them. */
  saving?: HostSaving | null;
  /** The application log; by default logs/pzk.log in the data folder (openCore) or stderr (openCoreFile). */
  log?: Logger;
  /** Runs a verified installer (the Electron shell); none: the person runs it. */
  installer?: HostInstaller | null;
  /** The release keys trusted by "Aktualizacja z pliku"; by default the ones the build was made with. */
  releaseKeys?: readonly string[];
  /**
   * How the encrypted database is opened (issue 17.6): the OS store, the recovery passphrase. By default
   * `{ developmentKey: true }`, the key file in the clear beside the database: for tests and the demo
   * only; the app, the browser host and the CLI always say what they have.
   */
  unlock?: Unlock;
  /** The benchmark's floor only (bench/encryption.ts): the same app on a plain file. No host sets it. */
  plainForBenchmark?: boolean;
}

export interface CoreFileOptions extends CoreOptions {
  backupDir?: string;
  mustExist?: boolean;
  dailyBackup?: boolean;
  /** Only read (a CLI command beside a running app): no lock, no migration, no backup. */
  readOnly?: boolean;
  /** The regional hub's database; by default `hub.sqlite` beside the team's. */
  hubFile?: string;
  /** Refuse to create the hub's database (a `pzk hub` command other than init). */
  hubMustExist?: boolean;
}

export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw cannotCreate(dataDir);
    throw error;
  }
  const log = options.log ?? fileLogger(dataDir, { echo: true });
  return openCoreFile(join(dataDir, DATABASE_FILE_NAME), { ...options, log, backupDir: join(dataDir, 'backups'), dailyBackup: true });
}

/**
 * For the desktop app's unlock window (src/security/unlockFlow.ts): a regional hub in the folder that the
 * recovery passphrase can open but nothing at hand does (a hub brought from another computer) fails the start
 * the way the team's database would, so the window asks for the passphrase (again after a wrong one); then the
 * system seals its key.
 * A hub no passphrase can open (none was set) is left to say so on its screens.
 */
export async function requireHubOpen(core: Core): Promise<Core> {
  if (!existsSync(join(core.dataDir, HUB_FILE_NAME))) return core;
  const opened = await core.dispatch('hub.status', undefined);
  if (opened.ok) return core;
  const error = AppError.fromShape(opened.error);
  const askable = (error.code === 'DB_KEY_NEEDED' && error.details?.reason === 'encrypted') || error.code === 'DB_KEY_WRONG';
  if (!askable) return core;
  await core.close();
  throw error;
}

/** Whether today's copy is made while the database opens (else when the host asks, later). */
function backupOnOpen(options: CoreFileOptions): boolean {
  return (options.dailyBackup ?? false) && !options.backupLater;
}

const cannotCreate = (folder: string) =>
  new AppError('READ_ONLY_DATA', `the data folder ${folder} is read-only, so no database can be created in it; choose a folder you can write to (--data-dir) or ask the IT department for write access`, { what: 'folder', path: folder });

/**
 * A read-only folder cannot hold the WAL's shared-memory file SQLite needs even to read: the database
 * (with its WAL, if one was left) is read from a private temporary copy, removed at close.
 */
function readableCopy(file: string): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-readonly-'));
  const copy = join(dir, basename(file));
  for (const suffix of ['', '-wal']) if (existsSync(`${file}${suffix}`)) copyFileSync(`${file}${suffix}`, `${copy}${suffix}`);
  return { file: copy, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const hasContent = (file: string) => existsSync(file) && statSync(file).size > 0;

/**
 * The key of a database of the data folder (the team's, the regional hub's), which is encrypted first if it
 * is still plain (a database of a version before 17.6): through a verified copy, and its plain backup copies
 * too. Reading only never encrypts: a plain file is read as it is.
 */
async function unlockDatabase(file: string, backupDir: string | null, unlock: Unlock, readOnly: boolean, log: Logger): Promise<OpenedKey | null> {
  const plain = isPlainDatabase(file);
  // Something that is no database at all (a text, a program) is refused as such when it is opened.
  if (hasContent(file) && !plain && !mayBeEncrypted(file)) return null;
  if (readOnly && (plain || !hasContent(file))) return null;
  const opened = await keyForDatabase(file, readOnly ? { ...unlock, secrets: null } : unlock, mayBeEncrypted(file));
  if (readOnly) return opened;
  if (encryptPlainDatabase(file, opened.key)) log.info('a plain database was encrypted through a verified copy', { file: basename(file) });
  if (backupDir && existsSync(backupDir)) {
    const copies = readdirSync(backupDir).filter((n) => n.endsWith('.sqlite')).map((n) => join(backupDir, n));
    const encrypted = copies.filter((copy) => encryptPlainDatabase(copy, opened.key)).length;
    if (encrypted > 0) log.info('plain backup copies were encrypted', { count: encrypted });
  }
  return opened;
}

/** The core over one database file (the CLI's --db FILE); backups go beside it unless told otherwise. */
export async function openCoreFile(databaseFile: string, options: CoreFileOptions = {}): Promise<Core> {
  const memory = databaseFile === ':memory:';
  const log = options.log ?? consoleLogger();
  // The CLI's hub commands open an in-memory team database beside the hub's file: its folder is the hub's.
  const dataDir = memory ? (options.hubFile ? dirname(options.hubFile) : process.cwd()) : dirname(databaseFile);
  const backupDir = options.backupDir ?? join(dataDir, 'backups');
  // Reading only: no lock, no migration, no backup. (An in-memory team database cannot be read-only;
  // beside a hub file opened to read, the CLI's hub commands use one anyway.)
  // Data that cannot be written opens to be read, and says so (status.readOnly; writes: READ_ONLY_DATA).
  const stuck = memory || options.readOnly ? null : readOnlyData(databaseFile);
  if (stuck && !existsSync(databaseFile)) throw cannotCreate(dataDir);
  const readsOnly = (options.readOnly ?? false) || stuck !== null;
  const readOnly = readsOnly && !memory;
  const lock: DataLock | null = readsOnly || (memory && !options.hubFile) ? null : acquireDataLock(dataDir, options.holder ?? 'PZK Animator');
  const now = () => options.clock?.() ?? new Date();
  const copies: Array<{ remove(): void }> = [];
  const readable = (file: string) => {
    if (stuck?.what !== 'folder' || !existsSync(file)) return file;
    const copy = readableCopy(file);
    copies.push(copy);
    return copy.file;
  };
  /** Today's copy, once a team exists (a set-up screen has nothing to keep). */
  const backupToday = async (db: OpenedDatabase) => {
    const hasTeam = db.sqlite.prepare('SELECT count(*) AS n FROM team').get() as { n: number };
    if (hasTeam.n > 0) await dailyBackup(db.sqlite, backupDir, now(), opened?.key ?? null);
  };
  const unlock = { ...(options.unlock ?? { developmentKey: true }), ...(options.secrets !== undefined && !options.unlock?.secrets && { secrets: options.secrets }) };
  // Set by open(); a cast, as the compiler does not follow assignments made in a closure.
  let opened = null as (OpenedKey & { databaseFile: string }) | null;
  const open = async () => {
    if (!readOnly && !memory) applyPendingRestore(dataDir, databaseFile, backupDir, now());
    if (!readOnly && !memory) removeUnfinishedBundles(dataDir);
    const key = memory || options.plainForBenchmark ? null : await unlockDatabase(databaseFile, backupDir, unlock, readOnly, log);
    opened = key && { ...key, databaseFile };
    const database = await openDatabase(readable(databaseFile), { backupDir: memory ? null : backupDir, mustExist: options.mustExist ?? false, readOnly, key: opened?.key ?? null });
    if (backupOnOpen(options) && !readOnly) await backupToday(database);
    return database;
  };
  let database: OpenedDatabase;
  try {
    database = await open();
  } catch (error) {
    // A refusal (no such file, read-only, another writer) is the caller's to say; anything else is an incident.
    if (!(error instanceof AppError)) log.error('database could not be opened', error);
    lock?.release();
    for (const c of copies) c.remove();
    throw error;
  }
  log.info('database opened', { appVersion: APP_VERSION, schemaVersion: database.schemaVersion, readOnly, memory });
  const events = createChangeBus((error) => log.error('a change listener failed', error));
  // A new write session for every database opened: a restored copy's writes are told apart from the original's.
  const newContext = (db: OpenedDatabase) =>
    createServiceContext(db.db, createRows(db.sqlite), { ...(options.clock && { now: options.clock }), ...(options.newId && { newId: options.newId }) });
  // The demo is written through the public API, like the CLI does; `dispatch` is bound below.
  let dispatch: Dispatch = async () => ({ ok: false, error: { code: 'INTERNAL', message: 'not ready' } });
  // The regional hub's own database, beside the team's, opened when first asked for.
  const hubFile = options.hubFile ?? join(dataDir, HUB_FILE_NAME);
  let hubPromise: Promise<Hub> | null = null;
  // The hub holds the teams' minutes and rosters and its own private key: encrypted like the team's
  // database, with a key of its own (hub.sqlite.keys.json), opened by what opened the team's.
  let hubKey = null as (OpenedKey & { databaseFile: string }) | null;
  const hubMustExist = options.hubMustExist ?? false;
  const unlockAndOpenHub = async () => {
    const missing = !existsSync(hubFile);
    // A hub that must exist and does not gets no key file made for it: opening it says it is missing.
    const key = options.plainForBenchmark || (missing && (hubMustExist || readsOnly)) ? null : await unlockDatabase(hubFile, null, unlock, readsOnly, log);
    hubKey = key && { ...key, databaseFile: hubFile };
    return openHub(readable(hubFile), { mustExist: hubMustExist, readOnly: readsOnly, key: key?.key ?? null });
  };
  // A refusal (a wrong passphrase, a missing key file) is not remembered: the next call tries again.
  const openedHub = () =>
    (hubPromise ??= unlockAndOpenHub().catch((error: unknown) => {
      hubPromise = null;
      throw error;
    }));

  // A hub that the key at hand does not open is still the regional centre's: its screens say why it is closed.
  const isHub = async () => {
    if (!existsSync(hubFile)) return false;
    try {
      return (await hubStatus({ hub: openedHub, now: ctx.now })).initialised;
    } catch (error) {
      if (error instanceof AppError && error.code.startsWith('DB_KEY_')) return true;
      throw error;
    }
  };

  // Calls in flight, and the gate a database swap closes: no call runs on a database being replaced.
  let inFlight = 0;
  let gate: Promise<void> | null = null;
  const ctx: HandlerContext = {
    ...newContext(database),
    hub: openedHub,
    schemaVersion: database.schemaVersion,
    files: { dataDir, backupDir, sqlite: database.sqlite, key: opened?.key ?? null },
    security: () => opened,
    hubSecurity: () => hubKey,
    secrets: options.secrets ?? null,
    saving: options.saving ?? null,
    installer: options.installer ?? null,
    releaseKeys: options.releaseKeys ?? buildReleaseKeys(),
    loadDemo: async (seed: number) => {
      if (await getTeam(ctx)) throw new AppError('TEAM_ALREADY_SET_UP', 'The demo needs an empty database.');
      await loadDemo(createClient((m, i) => dispatch(m, i)), seed);
      return requireTeam(ctx);
    },
    status: async () => ({
      mode: (await isHub()) ? ('hub' as const) : ('team' as const),
      appVersion: APP_VERSION,
      schemaVersion: ctx.schemaVersion,
      dataDir,
      databaseFile,
      logFile: log.file,
      teamSetUp: (await getTeam(ctx)) !== null,
      readOnly: stuck,
      // "Set" means for every database of the folder: the hub's key is wrapped with the same passphrase.
      encryption: opened && { source: opened.source, recoverySet: opened.recoverySet && (hubKey?.recoverySet ?? true) },
    }),
    replaceDatabase: async () => {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      try {
        // The call that asked for the swap is itself in flight.
        while (inFlight > 1) await new Promise((resolve) => setTimeout(resolve, 5));
        await database.close();
        // Opening applies the staged copy (the replaced file is kept among the backups).
        database = await open();
        Object.assign(ctx, newContext(database), { schemaVersion: database.schemaVersion });
        ctx.files.sqlite = database.sqlite;
        ctx.files.key = opened?.key ?? null;
      } finally {
        gate = null;
        release();
      }
      events.emit({ origin: null, changes: [], reset: true });
    },
  };
  const inner = createDispatch(ctx, events, { logError: (error, method) => log.error('api call failed', error, { method }), ...options });
  dispatch = async (method, input, meta) => {
    while (gate) await gate;
    inFlight += 1;
    try {
      return await inner(method, input, meta);
    } finally {
      inFlight -= 1;
    }
  };
  return {
    dispatch,
    events,
    get database() {
      return database;
    },
    dataDir,
    dailyBackup: async () => {
      if (options.dailyBackup && !readOnly && !memory) await backupToday(database);
    },
    log,
    close: async () => {
      log.info('database closed');
      try {
        if (hubPromise) await (await hubPromise).close();
        await database.close();
      } finally {
        lock?.release();
        for (const c of copies) c.remove();
      }
    },
  };
}
