// IPC wiring derived from the contract: one `pzk:<method>` channel per method, each answering only
// the app's own page, each handing the untrusted input to the core's dispatch (which validates it).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../src/api/contract';
import type { Envelope } from '../../src/api/errors';
import type { Dispatch } from '../../src/core/dispatch';
import { isTrustedSender } from './security';

export const channelOf = (method: MethodName) => `pzk:${method}`;

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'IPC from an untrusted frame.' } };
      }
      return dispatch(method, input);
    });
  }
}
