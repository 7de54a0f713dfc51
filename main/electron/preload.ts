// The preload bridge: `window.pzk` with exactly the contract's methods, each one IPC round trip.
// Bundled to CommonJS (sandboxed preloads cannot load other files).
import { contextBridge, ipcRenderer } from 'electron';
import { nestMethods } from '../../src/api/client';
import { channelOf } from './ipc';

contextBridge.exposeInMainWorld(
  'pzk',
  nestMethods((method) => (input: unknown) => ipcRenderer.invoke(channelOf(method), input)),
);
