// One writer per data folder (DECISIONS 1): whichever process writes — the desktop app, the browser
// host, a `pzk` command that changes data — holds `pzk.lock` in the folder. Another writer is refused
// with one line that names the holder and what to do; read-only commands open read-only beside it.
// A lock left by a process that no longer runs (a crash, kill -9) is taken over.
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../api/errors';

export const LOCK_FILE_NAME = 'pzk.lock';

export interface LockHolder {
  pid: number;
  /** What holds it, in words for the refusal: "the PZK Animator app", "npm run preview at http://…". */
  what: string;
  since: string;
}

export interface DataLock {
  file: string;
  release(): void;
}

const held = new Map<string, { count: number; holder: LockHolder }>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dir: string): LockHolder | null {
  const file = join(dir, LOCK_FILE_NAME);
  if (!existsSync(file)) return null;
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof holder.pid === 'number' && alive(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock for this process (again, if it holds it already); refuses if another holds it. */
export function acquireDataLock(dir: string, what: string): DataLock {
  const file = join(dir, LOCK_FILE_NAME);
  const mine = held.get(file);
  if (mine) {
    mine.count += 1;
  } else {
    const holder: LockHolder = { pid: process.pid, what, since: new Date().toISOString() };
    for (let attempt = 0; ; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeSync(fd, JSON.stringify(holder));
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
        const other = readLock(dir);
        if (other && other.pid !== process.pid) {
          throw new AppError(
            'DATA_FOLDER_IN_USE',
            `the data folder ${dir} is in use by ${other.what} (pid ${other.pid}, since ${other.since}); close it first, or use a command that only reads`,
            { holder: other },
          );
        }
        rmSync(file, { force: true }); // left by a process that is gone
      }
    }
    held.set(file, { count: 1, holder });
  }
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      const entry = held.get(file);
      if (!entry) return;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(file);
      rmSync(file, { force: true });
    },
  };
}
