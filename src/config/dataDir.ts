// Where a PZK's data lives: the per-OS application data folder, unless --data-dir or PZK_DATA_DIR
// says otherwise. Both hosts (Electron and the browser host) resolve it here, so they share data.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'PZK Animator';
export const DATABASE_FILE_NAME = 'pzk.sqlite';
/** The regional hub's database, beside the team's in a regional centre's data folder. */
export const HUB_FILE_NAME = 'hub.sqlite';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'pzk-animator');
}

/** `--data-dir DIR` (or `--data-dir=DIR`) wins over PZK_DATA_DIR, which wins over the default. */
export function resolveDataDir(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i >= 0) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (!value || value.startsWith('--')) throw new Error('--data-dir needs a folder: --data-dir DIR');
    return resolve(value);
  }
  if (env.PZK_DATA_DIR) return resolve(env.PZK_DATA_DIR);
  return defaultDataDir(process.platform, env);
}
