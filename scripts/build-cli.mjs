// Bundles the `pzk` command to one JavaScript file (dist/cli/main.mjs), so that it starts without
// compiling TypeScript at each call (issue 11.15). Run by `npm ci` (postinstall) and `npm run build`;
// bin/pzk.mjs falls back to the TypeScript sources when they are newer than the bundle.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
  // Native code, and pdfmake (it reads its font files from its own folder, and is loaded only when a
  // document is made). Everything else is bundled: resolving hundreds of files was most of the start.
  external: ['better-sqlite3', 'pdfmake'],
  // Bundled CommonJS code may call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __pzkCreateRequire } from 'node:module'; const require = __pzkCreateRequire(import.meta.url);" },
});
