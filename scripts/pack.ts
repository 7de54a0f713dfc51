// `npm run pack`: the unpacked desktop app for this machine (electron-builder --dir, electron-builder.yml)
// in out/ or --out DIR. Where Electron's binary was not downloaded (offline machines: electron installs
// without it), the app is packed around a stub binary that carries Electron 45's fuse wire: the asar, the
// unpacked native module and the flipped fuses are then the real ones, only the program does not start.
// The installers themselves are built where Electron can be downloaded (.github/workflows/release.yml).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** @electron/fuses finds the wire after this sentinel: version 1, 8 fuses, then one byte each. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, NodeOptions and inspect arguments on; cookie encryption, asar
 *  integrity, app-from-asar only, the browser snapshot and file:// privileges off ('1' on, '0' off). */
const DEFAULT_WIRE = '10110001';

export function stubElectronDist(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.from([1, DEFAULT_WIRE.length, ...Buffer.from(DEFAULT_WIRE, 'latin1')]);
  const program = Buffer.from('#!/bin/sh\necho "PZK Animator was packed around a stub Electron (npm run pack offline); it does not run." >&2\nexit 1\n');
  writeFileSync(join(dir, 'electron'), Buffer.concat([program, Buffer.alloc(64), Buffer.from(FUSE_SENTINEL), wire, Buffer.alloc(64)]), { mode: 0o755 });
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'A stub in place of Electron, for an offline pack only.\n');
  return dir;
}

function main(argv: string[]): void {
  const at = argv.indexOf('--out');
  const out = resolve(at >= 0 && argv[at + 1] ? argv[at + 1]! : 'out');
  const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
  const realDist = join('node_modules', 'electron', 'dist');
  const args = ['--dir', `-c.directories.output=${out}`, '--publish', 'never'];
  if (existsSync(join(realDist, process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app' : 'electron'))) {
    args.push(`-c.electronDist=${resolve(realDist)}`);
  } else {
    if (process.platform !== 'linux') throw new Error('pack: the Electron binary is missing; run npm ci where it can be downloaded');
    console.log(`pack: Electron ${electronVersion}'s binary is not here (offline install): packing around a stub; the app in ${out} will not start, its asar, native module and fuses are real.`);
    args.push('--linux', `-c.electronDist=${stubElectronDist(resolve('.tmp', 'electron-stub'), electronVersion)}`);
  }
  if (!process.env.CSC_LINK && !process.env.WIN_CSC_LINK && !process.env.CSC_NAME) {
    console.log('pack: no code-signing certificate in CSC_LINK / WIN_CSC_LINK / CSC_NAME — the build is unsigned.');
  }
  const run = spawnSync(join('node_modules', '.bin', 'electron-builder'), args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    console.error(`pack: electron-builder failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('pack.ts')) main(process.argv.slice(2));
