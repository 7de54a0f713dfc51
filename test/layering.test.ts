// Proves the layering lint bites: a copy of the rules run over a small tree with one deliberate
// violation of each rule must fail and name the rule.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

const root = resolve(import.meta.dirname, '..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

function cruise(files: Record<string, string>) {
  const dir = tempDir('pzk-layering-');
  copyFileSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  copyFileSync(join(root, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const run = spawnSync(depcruise, ['--config', '.dependency-cruiser.cjs', 'src', 'renderer', 'main'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('layering lint', () => {
  it('passes a tree that keeps the layers', () => {
    const result = cruise({
      'src/api/contract.ts': 'export const x = 1;\n',
      'src/db/open.ts': "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n",
      'renderer/app.ts': "import { x } from '../src/api/contract';\nexport const z = x;\n",
      'main/electron/main.ts': "import { y } from '../../src/db/open';\nexport const w = y;\n",
    });
    expect(result.output).toContain('no dependency violations');
    expect(result.status).toBe(0);
  });

  it('fails on electron or react in src/, Node or the database in renderer/', () => {
    const result = cruise({
      'src/core/bad.ts': "import { app } from 'electron';\nimport { useState } from 'react';\nexport { app, useState };\n",
      'src/db/open.ts': 'export const open = 1;\n',
      'renderer/bad.ts': "import { readFileSync } from 'node:fs';\nimport { open } from '../src/db/open';\nexport { readFileSync, open };\n",
      'main/ok.ts': 'export const ok = 1;\n',
    });
    expect(result.status).not.toBe(0);
    for (const rule of ['core-no-electron-or-react', 'renderer-no-node', 'renderer-no-db-or-services', 'only-main-loads-electron']) {
      expect(result.output).toContain(rule);
    }
  });
});
