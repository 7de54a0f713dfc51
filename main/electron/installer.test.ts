import { describe, expect, it, vi } from 'vitest';
import { electronInstaller } from './installer';

describe('running a verified installer in the Electron shell', () => {
  it('writes exactly the checked bytes into its own folder, starts them, and closes the app', async () => {
    vi.useFakeTimers();
    const written: Array<[string, number]> = [];
    const shell = { openPath: vi.fn(async () => '') };
    const app = { quit: vi.fn() };
    const host = electronInstaller(shell, app, '/tmp/pzk-update', async (path, bytes) => void written.push([path, bytes.byteLength]));
    await host.run('..\\..\\Windows\\PZK-Animator-0.2.0-x64-nsis.exe', new Uint8Array(5));
    expect(written).toEqual([['/tmp/pzk-update/PZK-Animator-0.2.0-x64-nsis.exe', 5]]);
    expect(shell.openPath).toHaveBeenCalledWith('/tmp/pzk-update/PZK-Animator-0.2.0-x64-nsis.exe');
    expect(app.quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(app.quit).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('keeps the app open and says so when the system cannot start the installer', async () => {
    const app = { quit: vi.fn() };
    const host = electronInstaller({ openPath: async () => 'Access denied' }, app, '/tmp/pzk-update', async () => undefined);
    await expect(host.run('PZK.exe', new Uint8Array(1))).rejects.toThrow('the installer could not be started (Access denied)');
    expect(app.quit).not.toHaveBeenCalled();
  });
});
