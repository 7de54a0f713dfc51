// The Electron main process is bundled to CommonJS; code that works under tsx/vitest (ESM) can
// break there (import.meta is empty). This bundles the core with the same options and runs it in Node.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { MAIN_BUILD } from '../scripts/build-main';
import { tempDir } from './helpers';

describe('the core bundled as in the Electron main process', () => {
  it('opens a database, loads the demo and renders a protocol PDF', async () => {
    const dir = tempDir();
    const entry = join(dir, 'entry.ts');
    const root = resolve(import.meta.dirname, '..');
    writeFileSync(
      entry,
      `import { openCore } from ${JSON.stringify(join(root, 'src/core/core'))};
       import { createClient } from ${JSON.stringify(join(root, 'src/api/client'))};
       (async () => {
         const core = await openCore(${JSON.stringify(join(dir, 'data'))});
         const api = createClient((m, i) => core.dispatch(m, i));
         await api.app.loadDemo();
         const meeting = (await api.meetings.list()).find((m) => m.kind === 'pzk' && m.number === '2/2026');
         const file = await api.protocol.get({ meetingId: meeting.id });
         console.log(JSON.stringify({ bytes: Buffer.from(file.bytes).subarray(0, 5).toString(), approved: file.approved }));
         await core.close();
       })().catch((e) => { console.error(e); process.exit(1); });`,
    );
    const out = join(root, 'dist', 'test-bundle', 'entry.cjs');
    const result = await build({ ...MAIN_BUILD, entryPoints: [entry], outfile: out, logLevel: 'silent', sourcemap: false });
    expect(result.warnings.map((w) => w.text)).toEqual([]);
    const run = spawnSync(process.execPath, [out], { encoding: 'utf8', cwd: root });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ bytes: '%PDF-', approved: true });
  }, 60_000);

  it('has a preload of a few kilobytes: the list of method names and two functions, no schemas', async () => {
    const root = resolve(import.meta.dirname, '..');
    const out = join(root, 'dist', 'test-bundle', 'preload.cjs');
    await build({ ...MAIN_BUILD, entryPoints: [join(root, 'main/electron/preload.ts')], outfile: out, logLevel: 'silent', sourcemap: false });
    const code = readFileSync(out, 'utf8');
    expect(Buffer.byteLength(code)).toBeLessThan(20 * 1024);
    expect(code).not.toMatch(/zod|ZodObject|safeParse/);
    expect(code).toContain('"members.anonymise"');
  });
});
