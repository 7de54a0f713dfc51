// Whether the data can be written: a database file or a data folder that is read-only (a file copied
// from a CD, a folder without write permission, a read-only network share) is found at open, so the
// app can say so, in words, before the first write fails (issue 10.6).
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

export type ReadOnlyWhat = 'file' | 'folder';

export interface ReadOnlyData {
  what: ReadOnlyWhat;
  /** The file or folder that cannot be written. */
  path: string;
}

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** What cannot be written for `databaseFile` to be used: its folder (WAL, backups, lock), or the file. */
export function readOnlyData(databaseFile: string): ReadOnlyData | null {
  const folder = dirname(databaseFile);
  if (existsSync(folder) && !writable(folder)) return { what: 'folder', path: folder };
  if (existsSync(databaseFile) && !writable(databaseFile)) return { what: 'file', path: databaseFile };
  return null;
}
