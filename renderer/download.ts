// Hands a document to the user: a download in the browser host, the save dialog in Electron
// (Electron asks where to save any download).
import type { DocumentFile } from '../src/domain/types';

export function saveDocument(file: DocumentFile) {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
