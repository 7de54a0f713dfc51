// Removing a file that held data: its bytes are overwritten first, so they do not stay in its blocks.
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';

/** Overwrites a file with zeros before removing it: best effort, so the old bytes do not stay in its blocks. */
export function shred(file: string): void {
  const size = statSync(file).size;
  const zeros = Buffer.alloc(Math.min(size, 1024 * 1024));
  const fd = openSync(file, 'r+');
  try {
    for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}
