// The packed desktop app (issue 14.2), made by `npm run pack`'s script around the stub Electron where the
// real binary is absent: what the app.asar holds, the unpacked native module, the flipped fuses, and that
// the dependencies it carries load and work from the packed tree. Needs a built dist/ (`npm run build`):
// scripts/test.ts runs it after the build step; it is not part of the plain unit run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'pzk-pack-'));
const appDir = join(out, 'linux-unpacked');
const asarPath = join(appDir, 'resources', 'app.asar');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

/** The production dependencies and everything they need, as npm installed them (the packed tree's expected content). */
function closure(names: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      if (existsSync(join('node_modules', dep, 'package.json'))) visit(dep);
    }
  };
  names.forEach(visit);
  return seen;
}

beforeAll(() => {
  if (!existsSync('dist/main/main.cjs') || !existsSync('dist/renderer/index.html')) throw new Error('build first: npm run build');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack.ts', '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pack failed:\n${run.stdout}\n${run.stderr}`);
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the packed app', () => {
  it('holds only the built app and its production dependencies: no sources, maps or tests', () => {
    const files = listPackage(asarPath, { isPack: false }).filter((f) => !('files' in statFile(asarPath, f.slice(1), false)));
    const top = new Set(files.map((f) => f.split('/')[1]));
    expect([...top].sort()).toEqual(['dist', 'node_modules', 'package.json']);
    const dist = new Set(files.filter((f) => f.startsWith('/dist/')).map((f) => f.split('/')[2]));
    expect([...dist].sort()).toEqual(['main', 'renderer']);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|tests|__tests__)\/|\.test\.[cm]?js$/.test(f))).toEqual([]);
    // The main process, the app window's preload and the unlock window's (issue 17.6).
    expect(files.filter((f) => f.startsWith('/dist/main/'))).toEqual(['/dist/main/main.cjs', '/dist/main/preload.cjs', '/dist/main/unlockPreload.cjs']);

    const packages = new Set(
      files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/').slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3).join('/')),
    );
    expect([...packages].sort()).toEqual([...closure(Object.keys(pkg.dependencies))].sort());
  });

  it('loads from the main bundle only Electron, Node itself and the packed dependencies', () => {
    const bundle = readFileSync('dist/main/main.cjs', 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\w*\("([^"./][^"]*)"\)/g)].map((m) => m[1]!.replace(/^node:/, '')));
    const foreign = [...required].filter((name) => name !== 'electron' && !builtinModules.includes(name) && !(name in pkg.dependencies) && !builtinModules.includes(name.split('/')[0]!));
    expect(foreign).toEqual([]);
    expect([...required].filter((name) => name in pkg.dependencies).sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it("keeps better-sqlite3-multiple-ciphers' native module outside the asar, for this system only", () => {
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds');
    expect(existsSync(join(unpacked, `${process.platform}-${process.arch}.node`))).toBe(true);
    expect(statFile(asarPath, `node_modules/better-sqlite3-multiple-ciphers/prebuilds/${process.platform}-${process.arch}.node`, false)).toMatchObject({ unpacked: true });
    expect(listPackage(asarPath, { isPack: false }).filter((f) => f.includes('/better-sqlite3-multiple-ciphers/deps/') || f.endsWith('sqlite3.c'))).toEqual([]);
  });

  it('has the fuses of electron-builder.yml flipped in the binary', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'pzk-animator'));
    const FuseState = { ENABLE: '1'.charCodeAt(0), DISABLE: '0'.charCodeAt(0) }; // the wire's bytes
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      cookieEncryption: FuseState.ENABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyAsar: FuseState.ENABLE,
      fileProtocolPrivileges: FuseState.DISABLE,
    });
  });

  it('carries dependencies that work from the packed tree: SQLite, a PDF in the Polish font, a time zone, a chart drawn to PNG', () => {
    const tree = join(out, 'extracted');
    extractAll(asarPath, tree);
    const script = `
      const { join } = require('node:path');
      const Database = require(join(${JSON.stringify(tree)}, 'node_modules', 'better-sqlite3-multiple-ciphers'));
      const version = new Database(':memory:').prepare('select sqlite_version() as v').get().v;
      const pdfmake = require(join(${JSON.stringify(tree)}, 'node_modules', 'pdfmake'));
      const fonts = join(${JSON.stringify(tree)}, 'node_modules', 'pdfmake', 'fonts', 'Roboto');
      pdfmake.addFonts({ Roboto: { normal: join(fonts, 'Roboto-Regular.ttf'), bold: join(fonts, 'Roboto-Medium.ttf'), italics: join(fonts, 'Roboto-Italic.ttf'), bolditalics: join(fonts, 'Roboto-MediumItalic.ttf') } });
      pdfmake.setUrlAccessPolicy(() => false);
      pdfmake.setLocalAccessPolicy((path) => path.startsWith(fonts));
      const { getVtimezoneComponent } = require(join(${JSON.stringify(tree)}, 'node_modules', '@touch4it', 'ical-timezones'));
      const resvg = require(join(${JSON.stringify(tree)}, 'node_modules', '@resvg', 'resvg-wasm'));
      const wasm = require('node:fs').readFileSync(join(${JSON.stringify(tree)}, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'));
      Promise.all([pdfmake.createPdf({ content: ['Protokół — zażółć gęślą jaźń'] }).getBuffer(), resvg.initWasm(wasm)]).then(([pdf]) => {
        const chart = new resvg.Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#1f5fa8"/></svg>').render();
        const png = Buffer.from(chart.asPng()).subarray(1, 4).toString();
        console.log(JSON.stringify({ version, pdf: pdf.length, head: Buffer.from(pdf).subarray(0, 5).toString(), zone: getVtimezoneComponent('Europe/Warsaw') ? 'ok' : 'missing', png }));
      });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: tmpdir() });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { version: string; pdf: number; head: string; zone: string; png: string };
    expect(result.version).toMatch(/^3\.\d+\.\d+$/);
    expect(result.head).toBe('%PDF-');
    expect(result.pdf).toBeGreaterThan(1000);
    expect(result.zone).toBe('ok');
    // The charts' pictures for the DOCX (issue 17.4): resvg's WebAssembly from the packed tree.
    expect(result.png).toBe('PNG');
  });

  it('reports its size', () => {
    const asarBytes = statSync(asarPath).size;
    const nativeBytes = statSync(join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds', `${process.platform}-${process.arch}.node`)).size;
    console.log(`packed app: app.asar ${(asarBytes / 1e6).toFixed(1)} MB, native module ${(nativeBytes / 1e6).toFixed(1)} MB (${resolve(appDir)})`);
    // The bundled app and its runtime packages (SQLite, pdfmake, the time zones, resvg) are ~26 MB; 40 MB would mean something came along unasked.
    expect(asarBytes).toBeLessThan(40e6);
  });
});
