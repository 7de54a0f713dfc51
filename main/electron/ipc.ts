// IPC wiring: one `pzk:invoke` channel for every method of the contract, answering only the app's own
// page and handing the untrusted input to the core's dispatch (which validates it); and the core's
// change events sent to every window on `pzk:changed`. Files cross as Uint8Array (structured clone).
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Envelope } from '../../src/api/errors';
import { IPC_CHANGED, IPC_INVOKE } from '../../src/api/methods';
import type { Dispatch } from '../../src/core/dispatch';
import type { ChangeBus } from '../../src/core/events';
import { isTrustedSender } from './security';

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  ipcMain.handle(IPC_INVOKE, async (event: IpcMainInvokeEvent, method: unknown, input: unknown, origin: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'IPC from an untrusted frame.' } };
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'No method named.' } };
    return dispatch(method, input, { origin: typeof origin === 'string' ? origin.slice(0, 64) : null });
  });
}

/** Sends every change event to the windows open now; returns the unsubscribe. */
export function forwardChanges(events: ChangeBus, windows: () => Array<Pick<WebContents, 'send' | 'isDestroyed'>>): () => void {
  return events.subscribe((event) => {
    for (const contents of windows()) if (!contents.isDestroyed()) contents.send(IPC_CHANGED, event);
  });
}
