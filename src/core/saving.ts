// What the hosts' saving (the Electron shell's dialog, the CLI's --out) shares: how a file the core
// finished in its own folder reaches the place chosen for it.
import { copyFile, rename, rm } from 'node:fs/promises';

export type { HostSaving } from '../services/files';

/** Moves a finished file to where it was saved: renamed, or copied and removed when that is another disk. */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}
