// Proves the layering lint bites: a copy of the rules run over a small tree with deliberate
// violations must fail and name every rule, and a tree that keeps the layers passes.
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
  const run = spawnSync(depcruise, ['--config', '.dependency-cruiser.cjs', 'src', 'renderer', 'main', 'migrations'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const exporting = (name: string) => `export const ${name} = 1;\n`;
const importing = (from: string, name = 'x') => `import { ${name} } from '${from}';\nexport { ${name} };\n`;

/** One module per layer, each importing only what its layer may. */
const KEPT: Record<string, string> = {
  'src/domain/enums.ts': exporting('x'),
  'src/domain/rules.ts': importing('./enums'),
  'src/api/contract.ts': importing('../domain/enums'),
  'src/db/open.ts': "import { readFileSync } from 'node:fs';\nimport { x } from '../domain/enums';\nexport const y = [readFileSync, x];\n",
  'src/services/write.ts': importing('../db/open', 'y'),
  'src/protocol/pdf.ts': importing('../services/write', 'y'),
  'src/sync/payload.ts': importing('../protocol/pdf', 'y'),
  'src/hub/import.ts': importing('../sync/payload', 'y'),
  'src/log/logger.ts': "import { appendFileSync } from 'node:fs';\nexport const y = appendFileSync;\n",
  'src/core/core.ts': importing('../hub/import', 'y'),
  'src/cli/main.ts': importing('../core/core', 'y'),
  'renderer/app.ts': importing('../src/api/contract'),
  'main/electron/main.ts': importing('../../src/core/core', 'y'),
  'migrations/0001_initial.ts': exporting('up'),
};

describe('layering lint', () => {
  it('passes a tree that keeps the layers', () => {
    const result = cruise(KEPT);
    expect(result.output).toContain('no dependency violations');
    expect(result.status).toBe(0);
  });

  it('fails on each layer importing what its allow-list does not name, and names the rule', () => {
    const result = cruise({
      ...KEPT,
      'src/domain/bad.ts': "import { z } from 'zod';\nimport { x } from '../api/contract';\nexport { z, x };\n",
      'src/api/bad.ts': importing('../db/open', 'y'),
      'renderer/bad.ts': "import { readFileSync } from 'node:fs';\nimport { y } from '../src/db/open';\nexport { readFileSync, y };\n",
      'renderer/bad2.ts': importing('../main/electron/main', 'y'),
      'migrations/0002_bad.ts': importing('../src/domain/enums'),
      'src/config/bad.ts': importing('../services/write', 'y'),
      'src/db/bad.ts': importing('../services/write', 'y'),
      'src/services/bad.ts': importing('../sync/payload', 'y'),
      'src/protocol/bad.ts': importing('../sync/payload', 'y'),
      'src/sync/bad.ts': importing('../hub/import', 'y'),
      'src/hub/bad.ts': importing('../core/core', 'y'),
      'src/backup/bad.ts': importing('../hub/import', 'y'),
      'src/demo/bad.ts': importing('../services/write', 'y'),
      'src/log/bad.ts': importing('../services/write', 'y'),
      'src/update/bad.ts': importing('../services/write', 'y'),
      'src/cli/bad.ts': importing('../sync/payload', 'y'),
      'main/bad.ts': importing('../src/services/write', 'y'),
      'src/core/ui.ts': "import { app } from 'electron';\nimport { useState } from 'react';\nexport { app, useState };\n",
      'src/core/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/core/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(result.status).not.toBe(0);
    const rules = [
      'domain-imports-only-domain',
      'api-allow-list',
      'renderer-allow-list',
      'migrations-allow-list',
      'config-allow-list',
      'db-allow-list',
      'services-allow-list',
      'protocol-allow-list',
      'sync-allow-list',
      'hub-allow-list',
      'backup-allow-list',
      'demo-allow-list',
      'log-allow-list',
      'update-allow-list',
      'cli-allow-list',
      'main-allow-list',
      'core-no-electron-or-react',
      'only-main-loads-electron',
      'no-circular',
    ];
    for (const rule of rules) expect(result.output, rule).toContain(`${rule}:`);
    // The renderer's Node import is named as such.
    expect(result.output).toMatch(/renderer-allow-list: renderer\/bad\.ts → (node:)?fs\b/);
  });
});
