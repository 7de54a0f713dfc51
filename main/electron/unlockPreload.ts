// The unlock window's bridge (./unlockPage.ts): what it is asked for, the passphrase typed, or quitting. Three
// calls, nothing else; bundled to its own small CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_UNLOCK_QUIT, IPC_UNLOCK_REQUEST, IPC_UNLOCK_SUBMIT } from './unlockIpc';

contextBridge.exposeInMainWorld('pzkUnlock', {
  request: () => ipcRenderer.invoke(IPC_UNLOCK_REQUEST),
  submit: (passphrase: string) => ipcRenderer.invoke(IPC_UNLOCK_SUBMIT, String(passphrase)),
  quit: () => ipcRenderer.invoke(IPC_UNLOCK_QUIT),
});
