// Issue 17.7: the CLI opens an encrypted team database as the browser host does — the recovery passphrase
// from PZK_PASSPHRASE, or typed at the terminal (without echo); with neither, one line says what to do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { DATABASE_FILE_NAME } from '../config/dataDir';
import { developmentKeyFileOf, openCore } from '../core/core';
import { TEAM, tempDir } from '../../test/helpers';

const PASSPHRASE = 'zielona łąka nad Bugiem';
const bin = resolve(import.meta.dirname, '../../bin/pzk.mjs');
const hasScript = spawnSync('script', ['--version']).status === 0;

async function encryptedTeam(): Promise<string> {
  const dir = tempDir();
  const core = await openCore(dir, { unlock: { passphrase: PASSPHRASE }, logError: () => undefined });
  await createClient((m, i) => core.dispatch(m, i)).team.setUp(TEAM);
  await core.close();
  const file = join(dir, DATABASE_FILE_NAME);
  expect(existsSync(developmentKeyFileOf(file))).toBe(false);
  return file;
}

const env = (extra: Record<string, string> = {}) => {
  const { PZK_PASSPHRASE: _, PZK_DEV_KEY: __, ...rest } = process.env;
  return { ...rest, ...extra };
};

describe('pzk on an encrypted database', () => {
  it('takes the passphrase from PZK_PASSPHRASE; without it and without a terminal, says so in one line', async () => {
    const file = await encryptedTeam();
    const given = spawnSync(process.execPath, [bin, 'info', '--db', file], { encoding: 'utf8', env: env({ PZK_PASSPHRASE: PASSPHRASE }) });
    expect(given.stderr).toBe('');
    expect(given.status).toBe(0);
    expect(given.stdout).toContain(TEAM.name);
    const none = spawnSync(process.execPath, [bin, 'info', '--db', file], { encoding: 'utf8', env: env(), input: '' });
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(`pzk: ${file} is encrypted: give its recovery passphrase in PZK_PASSPHRASE (no terminal to ask at).\n`);
    const wrong = spawnSync(process.execPath, [bin, 'info', '--db', file], { encoding: 'utf8', env: env({ PZK_PASSPHRASE: 'nie to hasło wcale' }) });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it.runIf(hasScript)('asks for it at the terminal, without echo (util-linux `script` gives the command a terminal)', async () => {
    const file = await encryptedTeam();
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} info --db ${JSON.stringify(file)}`;
    // The passphrase is typed once the question is on the screen, as a person would.
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!typed && out.includes('Hasło odzyskiwania bazy danych PZK Animator:')) {
        typed = true;
        child.stdin.write(`${PASSPHRASE}\n`);
      }
    });
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(typed).toBe(true);
    expect(code).toBe(0);
    expect(out).toContain(TEAM.name);
    expect(out).not.toContain(PASSPHRASE);
  }, 60_000);
});
