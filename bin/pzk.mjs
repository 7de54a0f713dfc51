#!/usr/bin/env node
// The `pzk` command: checks the Node version, then runs the TypeScript CLI through tsx.
import '../scripts/check-node.mjs';
import { register } from 'tsx/esm/api';

register();
const { main, describeFailure } = await import('../src/cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const { line, code } = describeFailure(error);
  process.stderr.write(`${line}\n`);
  process.exitCode = code;
}
