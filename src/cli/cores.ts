// How the CLI opens a database: commands that change data take the data folder's lock (and are
// refused while the app or the browser host writes it); commands that only read always open read-only
// (beside a running host too): they never create, migrate or otherwise change a file (issue 10.8).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createClient, type ApiClient } from '../api/client';
import { AppError } from '../api/errors';
import { moveFile, type HostSaving } from '../core/saving';
import { askAtTerminal, developmentKeyFileOf, keysFileOf, openCoreFile, PASSPHRASE_QUESTIONS, type AskPassphrase, type Core, type Unlock } from '../core/core';

export class UsageError extends Error {}

export type Access = 'read' | 'write';

const holder = (command: string) => `the command "pzk ${command}"`;

async function withOpened<T>(core: Core, fn: (api: ApiClient, core: Core) => Promise<T>): Promise<T> {
  try {
    return await fn(createClient((m, i) => core.dispatch(m, i)), core);
  } finally {
    await core.close();
  }
}

/**
 * The CLI opens the database as the browser host does: the recovery passphrase from PZK_PASSPHRASE, or typed at
 * the terminal for a database that has no development key file beside it; otherwise that key file (the demo
 * and the tests make one; it protects nothing).
 */
async function cliUnlock(file: string, ask: AskPassphrase): Promise<Unlock> {
  const given = process.env.PZK_PASSPHRASE || null;
  if (given) return { passphrase: given, developmentKey: existsSync(developmentKeyFileOf(file)) };
  if (existsSync(keysFileOf(file)) && !existsSync(developmentKeyFileOf(file))) {
    const typed = await ask(PASSPHRASE_QUESTIONS.open);
    if (typed === null) throw new AppError('DB_KEY_NEEDED', `${file} is encrypted: give its recovery passphrase in PZK_PASSPHRASE (no terminal to ask at).`, { file });
    return { passphrase: typed };
  }
  return { passphrase: null, developmentKey: true };
}

/** The team database of `--db FILE`, through the same API the screens use. */
export async function withTeam<T>(
  db: string | undefined,
  access: Access,
  command: string,
  fn: (api: ApiClient, core: Core) => Promise<T>,
  mustExist = true,
  saving: HostSaving | null = null,
): Promise<T> {
  if (!db) throw new UsageError('--db FILE is required');
  const file = resolve(db);
  const readOnly = access === 'read';
  return withOpened(await openCoreFile(file, { mustExist, readOnly, holder: holder(command), logError: () => undefined, unlock: await cliUnlock(file, askAtTerminal), saving }), fn);
}

/** The CLI's answer to "where to save?": the file its --out names, whatever the name offered. */
export function savingTo(out: string): HostSaving {
  const path = resolve(out);
  return {
    save: async (_name, bytes) => (await writeFile(path, bytes), path),
    saveFile: async (_name, source) => (await moveFile(source, path), path),
    showInFolder: () => false,
  };
}

/** The regional hub of `--hub FILE` (no team database: an in-memory one stands in), unlocked as a team's is. */
export async function withHub<T>(hubFile: string | undefined, access: Access, command: string, fn: (api: ApiClient) => Promise<T>, mustExist = true): Promise<T> {
  if (!hubFile) throw new UsageError('--hub FILE is required');
  const file = resolve(hubFile);
  const readOnly = access === 'read';
  const core = await openCoreFile(':memory:', { hubFile: file, hubMustExist: mustExist, readOnly, holder: holder(command), logError: () => undefined, unlock: await cliUnlock(file, askAtTerminal) });
  return withOpened(core, (api) => fn(api));
}
