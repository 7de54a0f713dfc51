// Hands a document to the user (issue 13.5): in the Electron shell the host saves it through the
// native save dialog (asked through the contract) and the app offers "Pokaż w folderze"; in the
// browser host it is a download.
import { create } from 'zustand';
import type { MethodInput } from '../src/api/contract';
import type { DocumentFile } from '../src/domain/types';
import { api } from './api';

/** The file the host saved last, for the notice with "Pokaż w folderze". */
export const useSavedFile = create<{ path: string | null; clear: () => void }>((set) => ({ path: null, clear: () => set({ path: null }) }));

function download(file: DocumentFile) {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function saveDocument(file: DocumentFile): Promise<void> {
  // Only the Electron shell can save where the user chooses; asking the browser host would send the bytes for nothing.
  if (!window.pzk) return download(file);
  const result = await api.files.save({ fileName: file.fileName, bytes: file.bytes });
  if (result.saved) useSavedFile.setState({ path: result.path });
  else if (result.reason === 'download') download(file);
}

/**
 * Saves the bundle for the regional centre. The Electron shell asks where and moves there the file the core
 * wrote as it encrypted it (issue 12: tens of MB need not cross as bytes); the browser host downloads it.
 * Whether it was saved: a cancelled dialog saves nothing, and the bundle counts as not made.
 */
export async function saveBundle(input: MethodInput<'sync.saveBundle'>): Promise<'saved' | 'cancelled'> {
  if (window.pzk) {
    const result = await api.sync.saveBundle(input);
    if (result.saved) {
      useSavedFile.setState({ path: result.path });
      return 'saved';
    }
    if (result.reason === 'cancelled') return 'cancelled';
  }
  download(await api.sync.exportBundle(input));
  return 'saved';
}
