// Bundles the Electron main process and the preload to CommonJS (sandboxed preloads must be one
// file). Native and Electron modules stay external.
import { build, type BuildOptions } from 'esbuild';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // Native code, Electron itself, pdfmake and resvg (they read their font and WebAssembly files from their own folders).
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfmake', '@touch4it/ical-timezones', '@resvg/resvg-wasm'],
  // CommonJS has no import.meta: give import.meta.url the bundle file's URL.
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // The release keys "Aktualizacja z pliku" trusts are fixed when the app is built (src/update/release.ts).
  define: { 'import.meta.url': '__importMetaUrl', 'process.env.PZK_RELEASE_PUBLIC_KEYS': JSON.stringify(process.env.PZK_RELEASE_PUBLIC_KEYS ?? '') },
};

export const MAIN_BUILD = common;

if (process.argv[1]?.endsWith('build-main.ts')) {
  const results = await Promise.all([
    build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/main.cjs' }),
    build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs' }),
    build({ ...common, entryPoints: ['main/electron/unlockPreload.ts'], outfile: 'dist/main/unlockPreload.cjs' }),
  ]);
  // A warning here (e.g. import.meta in CommonJS) is a bug that only shows in the packaged app.
  if (results.some((r) => r.warnings.length > 0)) {
    console.error('build-main: esbuild warnings above must be fixed');
    process.exit(1);
  }
}
