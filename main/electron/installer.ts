// "Aktualizacja z pliku" in the Electron shell: the core has just checked the installer's bytes against its signed
// release manifest; the shell writes exactly those bytes to a folder of its own, starts the installer, and
// closes the app so that the installer can replace it. Electron's objects are passed in (tested in Node).
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { HostInstaller } from '../../src/core/handlers';

interface Shell {
  openPath(path: string): Promise<string>;
}
interface Quitting {
  quit(): void;
}

export function electronInstaller(shell: Shell, app: Quitting, dir: string, write: (path: string, bytes: Uint8Array) => Promise<void> = writeFile): HostInstaller {
  return {
    async run(fileName, bytes) {
      await mkdir(dir, { recursive: true });
      // The manifest's name, never a path: nothing is written outside the folder.
      const path = join(dir, basename(fileName.replace(/\\/g, '/')));
      await write(path, bytes);
      const failed = await shell.openPath(path);
      if (failed) throw new Error(`the installer could not be started (${failed})`);
      // The installer needs the app's files free; the data folder is closed by will-quit.
      setTimeout(() => app.quit(), 500);
    },
  };
}
