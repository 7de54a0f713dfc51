// Files the API hands out: bytes with their SHA-256 (the hash is shown and checked by the user).
import { createHash } from 'node:crypto';
import type { DocumentFile } from '../domain/types';

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function documentFile(fileName: string, mediaType: DocumentFile['mediaType'], bytes: Uint8Array, extra: Partial<Pick<DocumentFile, 'version' | 'approved'>> = {}): DocumentFile {
  return { fileName, mediaType, bytes, sha256: sha256Hex(bytes), version: extra.version ?? null, approved: extra.approved ?? false };
}

export const jsonFile = (fileName: string, value: unknown) => documentFile(fileName, 'application/json', Buffer.from(`${JSON.stringify(value, null, 2)}\n`));
