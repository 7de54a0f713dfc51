// Saving a document in the Electron shell (issue 13.5): the native save dialog offers the document's
// Polish file name in the user's Documents folder, the bytes are written where they chose, and "Pokaż
// w folderze" opens the file manager there. Electron's objects are passed in, so the test runs in Node.
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { moveFile, type HostSaving } from '../../src/core/saving';

interface Dialog {
  showSaveDialog(options: { title: string; defaultPath: string; buttonLabel: string; filters: Array<{ name: string; extensions: string[] }> }): Promise<{ canceled: boolean; filePath?: string }>;
}
interface Shell {
  showItemInFolder(path: string): void;
}

/** What a file's type is called in the dialog's filter, by extension (the shell speaks Polish). */
const KINDS: Record<string, string> = {
  pdf: 'Dokument PDF',
  docx: 'Dokument Word',
  xlsx: 'Skoroszyt Excel',
  csv: 'Plik CSV',
  ics: 'Kalendarz (iCalendar)',
  json: 'Plik JSON',
  pzkb: 'Paczka dla centrum regionalnego',
  pzkr: 'Potwierdzenie centrum regionalnego',
  pzkbak: 'Kopia do przekazania',
};

interface FileSystem {
  write(path: string, bytes: Uint8Array): Promise<void>;
  move(from: string, to: string): Promise<void>;
}

export function electronSaving(dialog: Dialog, shell: Shell, documentsDir: string, fs: FileSystem = { write: writeFile, move: moveFile }): HostSaving {
  const saved = new Set<string>();
  /** The dialog, then `put` where the user chose; the path, or null when they cancelled. */
  const saveAs = async (fileName: string, put: (path: string) => Promise<void>) => {
    const ext = extname(fileName).slice(1).toLowerCase();
    const chosen = await dialog.showSaveDialog({
      title: 'Zapisz plik',
      defaultPath: join(documentsDir, fileName),
      buttonLabel: 'Zapisz',
      filters: [...(ext ? [{ name: KINDS[ext] ?? `Plik ${ext.toUpperCase()}`, extensions: [ext] }] : []), { name: 'Wszystkie pliki', extensions: ['*'] }],
    });
    if (chosen.canceled || !chosen.filePath) return null;
    await put(chosen.filePath);
    saved.add(chosen.filePath);
    return chosen.filePath;
  };
  return {
    save: (fileName, bytes) => saveAs(fileName, (path) => fs.write(path, bytes)),
    saveFile: (fileName, source) => saveAs(fileName, (path) => fs.move(source, path)),
    showInFolder(path) {
      if (!saved.has(path)) return false;
      shell.showItemInFolder(path);
      return true;
    },
  };
}
