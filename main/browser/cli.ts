// `npm run preview`: open the data folder's database and serve the app on 127.0.0.1.
// Prints the URL (with the per-run token) as the one line on stdout.
import { resolve } from 'node:path';
import { DATABASE_FILE_NAME, resolveDataDir } from '../../src/config/dataDir';
import { askAtTerminal, hostUnlock } from '../../src/core/core';
import { openCore } from '../../src/core/core';
import { AppError } from '../../src/api/errors';
import { startBrowserHost } from './host';

function portFrom(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : env.PZK_PORT;
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number 0-65535, got "${raw}"`);
  return port;
}

export async function runBrowserHost(argv: readonly string[] = process.argv, env = process.env): Promise<void> {
  const dataDir = resolveDataDir(argv, env);
  const port = portFrom(argv, env);
  // Today's backup copy is made once the host answers: the first screen does not wait for it.
  // No system key store here: the recovery passphrase (or, for development, the key file) opens the database.
  const unlock = await hostUnlock(resolve(dataDir, DATABASE_FILE_NAME), env, askAtTerminal);
  const core = await openCore(dataDir, { holder: `the browser host (npm run preview${port ? ` --port ${port}` : ''})`, backupLater: true, unlock });
  const host = await startBrowserHost({
    dispatch: core.dispatch,
    events: core.events,
    rendererDir: resolve(import.meta.dirname, '../../dist/renderer'),
    port,
    log: core.log,
  });
  console.error(`PZK Animator: data in ${dataDir}; open the address below in a browser (Ctrl+C stops).`);
  console.log(host.url);
  core.dailyBackup().catch((error: unknown) => {
    core.log.error("today's backup copy could not be made", error);
    console.error(`PZK Animator: today's backup copy could not be made: ${error instanceof Error ? error.message : String(error)}`);
  });
  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  runBrowserHost().catch((error: unknown) => {
    console.error(`pzk preview: ${error instanceof AppError || error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
