// Asks for the recovery passphrase in a window of the app (issue 17.6) — the asking side of
// src/security/unlockFlow.ts. Each ask shows the request; the page's "submit" waits for the flow's answer:
// asked again (a wrong passphrase) or done (the window closes). Closing the window gives up.
import { BrowserWindow, type IpcMain } from 'electron';
import type { AskForPassphrase, UnlockRequest } from '../../src/core/core';
import { hardenWebContents, webPreferences } from './security';
import { IPC_UNLOCK_QUIT, IPC_UNLOCK_REQUEST, IPC_UNLOCK_SUBMIT } from './unlockIpc';

type Next = (UnlockRequest & { sealing: boolean }) | { done: true };

/** `sealing`: the system has a key store, so the passphrase is asked once on this computer (then sealed). */
export function unlockWindow(ipc: IpcMain, url: string, preload: string, options: { packaged: boolean; sealing: boolean }): { ask: AskForPassphrase; done(): void } {
  let window: BrowserWindow | null = null;
  let request: UnlockRequest | null = null;
  let answer: ((passphrase: string | null) => void) | null = null;
  let waiting: ((next: Next) => void) | null = null;
  // Closed by the person: every later ask is given up at once, no window comes back.
  let closed = false;
  const give = (passphrase: string | null) => {
    const a = answer;
    answer = null;
    a?.(passphrase);
  };
  ipc.handle(IPC_UNLOCK_REQUEST, () => request && { ...request, sealing: options.sealing });
  ipc.handle(
    IPC_UNLOCK_SUBMIT,
    (_event, passphrase: unknown) =>
      new Promise<Next>((resolve) => {
        waiting = resolve;
        give(typeof passphrase === 'string' ? passphrase : null);
      }),
  );
  ipc.handle(IPC_UNLOCK_QUIT, () => window?.close());
  const open = () => {
    window = new BrowserWindow({ width: 640, height: 560, resizable: true, title: 'PZK Animator', show: false, webPreferences: webPreferences(preload, { packaged: options.packaged }) });
    hardenWebContents(window.webContents);
    window.setMenu(null);
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
      closed = true;
      give(null);
    });
    void window.loadURL(url);
  };
  return {
    ask: (next) =>
      new Promise((resolve) => {
        if (closed) return resolve(null);
        request = next;
        answer = resolve;
        if (waiting) {
          waiting({ ...next, sealing: options.sealing });
          waiting = null;
        }
        if (!window) open();
      }),
    done() {
      waiting?.({ done: true });
      waiting = null;
      for (const channel of [IPC_UNLOCK_REQUEST, IPC_UNLOCK_SUBMIT, IPC_UNLOCK_QUIT]) ipc.removeHandler(channel);
      const w = window;
      window = null;
      w?.removeAllListeners('closed');
      w?.close();
    },
  };
}
