import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers';
import { acquireDataLock, LOCK_FILE_NAME, readLock } from './lock';

describe('the data folder lock', () => {
  it('is held by one process, re-entrant within it, and gone when the last holder releases it', () => {
    const dir = tempDir();
    const a = acquireDataLock(dir, 'the test');
    expect(readLock(dir)).toMatchObject({ pid: process.pid, what: 'the test' });
    const b = acquireDataLock(dir, 'the test again');
    a.release();
    a.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true);
    b.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses while another live process holds it, naming it; takes over a lock whose process is gone', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, what: 'the browser host (npm run preview)', since: '2026-03-01T10:00:00.000Z' }));
      expect(() => acquireDataLock(dir, 'pzk enrol')).toThrow(/in use by the browser host \(npm run preview\) \(pid \d+/);
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const lock = acquireDataLock(dir, 'pzk enrol');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid, what: 'pzk enrol' });
    lock.release();
  });
});
