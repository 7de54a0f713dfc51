import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from './dataDir';

describe('data folder', () => {
  it('uses the per-OS application data folder', () => {
    expect(defaultDataDir('linux', {}, '/home/ala')).toBe('/home/ala/.local/share/pzk-animator');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data' }, '/home/ala')).toBe('/data/pzk-animator');
    expect(defaultDataDir('darwin', {}, '/Users/ala')).toBe('/Users/ala/Library/Application Support/PZK Animator');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ala\\AppData\\Roaming' }, 'C:\\Users\\ala')).toBe(
      join('C:\\Users\\ala\\AppData\\Roaming', 'PZK Animator'),
    );
  });

  it('lets --data-dir win over PZK_DATA_DIR, which wins over the default', () => {
    expect(resolveDataDir(['node', 'x', '--data-dir', 'a'], { PZK_DATA_DIR: 'b' })).toBe(resolve('a'));
    expect(resolveDataDir(['node', 'x', '--data-dir=c'], {})).toBe(resolve('c'));
    expect(resolveDataDir(['node', 'x'], { PZK_DATA_DIR: 'b' })).toBe(resolve('b'));
    expect(() => resolveDataDir(['node', 'x', '--data-dir'], {})).toThrow(/--data-dir needs a folder/);
  });
});
