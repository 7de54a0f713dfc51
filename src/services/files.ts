// Files the API hands out: bytes with their SHA-256 (the hash is shown and checked by the user).
import { createHash } from 'node:crypto';
import type { DocumentFile } from '../domain/types';

/** A host capability (the Electron shell's save dialog and file manager, the CLI's --out), injected into the core. */
export interface HostSaving {
  /** Asks where to save (the name offered first), writes the bytes; the path, or null when the user cancelled. */
  save(fileName: string, bytes: Uint8Array): Promise<string | null>;
  /**
   * The same for a file the core finished in its own folder (a bundle: too big to cross as bytes twice):
   * moved where the user chose. When they cancel it stays where it was, and the core removes it.
   */
  saveFile(fileName: string, source: string): Promise<string | null>;
  /** Opens the file manager at a file this host saved in this run (no other path: the renderer names none); whether it did. */
  showInFolder(path: string): boolean;
}

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function documentFile(fileName: string, mediaType: DocumentFile['mediaType'], bytes: Uint8Array, extra: Partial<Pick<DocumentFile, 'version' | 'approved'>> = {}): DocumentFile {
  return { fileName, mediaType, bytes, sha256: sha256Hex(bytes), version: extra.version ?? null, approved: extra.approved ?? false };
}

export const jsonFile = (fileName: string, value: unknown) => documentFile(fileName, 'application/json', Buffer.from(`${JSON.stringify(value, null, 2)}\n`));
