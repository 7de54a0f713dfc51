// How Node code is bundled into one JavaScript file (the `pzk` command, the browser host, the sync
// bench's child): esbuild options shared by scripts/build-cli.mjs and bench/sync.ts.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
  // Native code, pdfmake and resvg (they read their font and WebAssembly files from their own folders, and are loaded only when a
  // document is made) and the time-zone definitions of the calendar files (read from their folder too). Everything else is bundled: resolving hundreds of files was most of the start.
  external: ['better-sqlite3-multiple-ciphers', 'pdfmake', '@touch4it/ical-timezones', '@resvg/resvg-wasm'],
  // The release keys "Aktualizacja z pliku" trusts are fixed when the bundle is built (src/update/release.ts).
  define: { 'process.env.PZK_RELEASE_PUBLIC_KEYS': JSON.stringify(process.env.PZK_RELEASE_PUBLIC_KEYS ?? '') },
  // Bundled CommonJS code may call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __pzkCreateRequire } from 'node:module'; const require = __pzkCreateRequire(import.meta.url);" },
};

// Chunks beside the entries: what only some runs load (ExcelJS, the DOCX writer) is in a chunk of its own,
// read when it is first imported (scripts/build-cli.mjs says why).
export const SPLIT = { splitting: true, chunkNames: 'chunks/[name]-[hash]', outExtension: { '.js': '.mjs' } };
