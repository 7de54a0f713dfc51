// The preload bridge, a security boundary kept small: `window.pzk.invoke(method, input, origin)` for
// the methods the contract names (a plain list, no schemas: validation happens in the main process)
// and `window.pzk.onChange(listener)` for the change events. Bundled to one small CommonJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANGED, IPC_INVOKE, isMethodName } from '../../src/api/methods';

contextBridge.exposeInMainWorld('pzk', {
  invoke(method: string, input: unknown, origin: string) {
    if (!isMethodName(method)) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown API method: ${method}.` } });
    return ipcRenderer.invoke(IPC_INVOKE, method, input, origin);
  },
  onChange(listener: (event: unknown) => void) {
    const wrapped = (_e: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on(IPC_CHANGED, wrapped);
    return () => void ipcRenderer.removeListener(IPC_CHANGED, wrapped);
  },
});
