// Bundles the `pzk` command (dist/cli/main.mjs) and the browser host of `npm run preview`
// (dist/host/cli.mjs), so that they start without compiling TypeScript at each call (issues 11.15, 12).
// Run by `npm ci` (postinstall), `npm run build` and `npm run preview`; bin/pzk.mjs falls back to the
// TypeScript sources when they are newer than the bundle.
//
// Split into chunks (dist/chunks/): what is loaded only when asked for — ExcelJS for a spreadsheet, the DOCX
// writer — is not read, compiled and kept in memory at every start (a single file made every start parse
// 6 MB, and kept ~14 MB more in memory through a bundle's export and import). The chunks sit two folders deep,
// like the entries and their sources, so paths taken from import.meta resolve the same.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { NODE_BUNDLE as common, SPLIT } from './node-bundle.mjs';

rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { 'cli/main': 'src/cli/main.ts', 'host/cli': 'main/browser/cli.ts' },
  outdir: 'dist',
  ...SPLIT,
});
