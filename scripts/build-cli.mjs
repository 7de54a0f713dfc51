// Bundles the `pzk` command (dist/cli/main.mjs) and the browser host of `npm run preview`
// (dist/host/cli.mjs) to one JavaScript file each, so that they start without compiling TypeScript at
// each call (issues 11.15, 12). Run by `npm ci` (postinstall), `npm run build` and `npm run preview`;
// bin/pzk.mjs falls back to the TypeScript sources when they are newer than the bundle.
import { build } from 'esbuild';
import { NODE_BUNDLE as common } from './node-bundle.mjs';

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/main.mjs' }),
  // Two folders deep like its source (main/browser/), so that it finds dist/renderer the same way.
  build({ ...common, entryPoints: ['main/browser/cli.ts'], outfile: 'dist/host/cli.mjs' }),
]);
