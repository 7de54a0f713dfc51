import { join } from 'node:path';
import type { IpcMain, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppFile } from './appFiles';
import { forwardChanges, registerIpc } from './ipc';
import { IPC_UNLOCK_QUIT, IPC_UNLOCK_REQUEST, IPC_UNLOCK_SUBMIT } from './unlockIpc';
import { createChangeBus } from '../../src/core/events';
import { IPC_CHANGED, IPC_INVOKE } from '../../src/api/methods';
import {
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGED,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isTrustedSender,
  webPreferences,
} from './security';

type Listener = (...args: unknown[]) => void;

describe('Electron security settings', () => {
  it('isolates the renderer: context isolation, sandbox, no Node; no developer tools once packaged', () => {
    const prefs = webPreferences('/app/preload.cjs');
    expect(webPreferences('/app/preload.cjs', { packaged: false }).devTools).toBe(true);
    expect(prefs).toMatchObject({
      devTools: false,
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a strict CSP: no inline or remote script, no eval, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('serves the app from a standard, secure scheme with a V8 code cache (a start after the first compiles nothing)', () => {
    expect(APP_SCHEME_PRIVILEGED).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
    expect(APP_ORIGIN).toBe('app://pzk');
  });

  it('recognises only app:// pages of the app as its own', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('app://pzk/meetings/1')).toBe(true);
    for (const url of ['file:///etc/passwd', 'https://pzk/', 'app://other/index.html', 'app://user:pw@pzk/', 'javascript:alert(1)', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('trusts IPC only from the top frame of an app page', () => {
    const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } }) as unknown as Parameters<typeof isTrustedSender>[0];
    expect(isTrustedSender(frame('app://pzk/index.html'))).toBe(true);
    expect(isTrustedSender(frame('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(frame('app://pzk/index.html', {}))).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as unknown as Parameters<typeof isTrustedSender>[0])).toBe(false);
  });

  it('denies navigation away from the app, redirects, webviews and new windows', () => {
    const listeners: Record<string, Listener> = {};
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: Listener) => (listeners[name] = fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    } as unknown as WebContents;
    hardenWebContents(contents);
    const event = () => ({ preventDefault: vi.fn() });
    const away = event();
    listeners['will-navigate']!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = event();
    listeners['will-navigate']!(inside, 'app://pzk/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    listeners['will-redirect']!(redirect, 'http://127.0.0.1:9/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    listeners['will-attach-webview']!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check and every request outside the app, and adds the CSP to responses', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler: ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    let beforeHandler: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof requestHandler) => (requestHandler = fn),
      setPermissionCheckHandler: (fn: typeof checkHandler) => (checkHandler = fn),
      webRequest: { onHeadersReceived: (fn: typeof headersHandler) => (headersHandler = fn), onBeforeRequest: (fn: typeof beforeHandler) => (beforeHandler = fn) },
    } as unknown as Session;
    hardenSession(session, '/opt/pzk/resources/app.asar/dist/renderer');
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
    // Nothing leaves the machine: only the app's own requests (and data:/blob: it made itself) go through.
    const cancelled = (url: string) => {
      let answer: { cancel: boolean } | undefined;
      beforeHandler!({ url }, (r) => (answer = r));
      return answer!.cancel;
    };
    expect(cancelled('app://pzk/assets/start.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('file:///opt/pzk/resources/app.asar/dist/renderer/assets/start.js')).toBe(false);
    expect(cancelled('file:///opt/pzk/resources/app.asar/dist/renderer-other/x.js')).toBe(true);
    for (const url of ['https://update.example.org/latest.yml', 'http://127.0.0.1:8080/', 'ws://example.org/', 'file:///etc/passwd', 'app://evil/x']) expect(cancelled(url)).toBe(true);
    const callback = vi.fn();
    headersHandler!({ responseHeaders: { 'X-A': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

describe('app:// files', () => {
  const root = '/opt/pzk/renderer';
  it('maps app URLs into the renderer folder and routes to the shell', () => {
    expect(resolveAppFile(root, 'app://pzk/assets/index.js')).toBe(join(root, 'assets/index.js'));
    expect(resolveAppFile(root, 'app://pzk/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://pzk/meetings/5')).toBe(join(root, 'index.html'));
  });
  it('refuses other hosts, schemes and escapes', () => {
    expect(resolveAppFile(root, 'app://other/index.js')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'app://pzk/..%2f..%2fetc%2fpasswd.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://pzk/%E0%A4%A.js')).toBeNull();
  });
});

describe('IPC wiring', () => {
  it('answers one invoke channel for every method; untrusted senders are refused before dispatch', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, fn) };
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle'>, dispatch);
    expect([...handlers.keys()]).toEqual([IPC_INVOKE]);
    const handler = handlers.get(IPC_INVOKE)!;
    const evil = await handler({ senderFrame: { url: 'https://evil.example', parent: null } }, 'members.create', { fullName: 'X' }, 'tab-1');
    expect(evil).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const framed = await handler({ senderFrame: { url: 'app://pzk/index.html', parent: {} } }, 'members.create', { fullName: 'X' }, 'tab-1');
    expect(framed).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(dispatch).not.toHaveBeenCalled();
    const good = await handler({ senderFrame: { url: 'app://pzk/index.html', parent: null } }, 'members.create', { fullName: 'X' }, 'tab-1');
    expect(good).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledWith('members.create', { fullName: 'X' }, { origin: 'tab-1' });
  });

  it('sends every change event to the open windows, not to closed ones', () => {
    const bus = createChangeBus();
    const open = { send: vi.fn(), isDestroyed: () => false };
    const closed = { send: vi.fn(), isDestroyed: () => true };
    const stop = forwardChanges(bus, () => [open, closed]);
    const event = { origin: 'tab-1', changes: [{ entity: 'member' as const, id: 'm1', meetingId: null }], reset: false };
    bus.emit(event);
    expect(open.send).toHaveBeenCalledWith(IPC_CHANGED, event);
    expect(closed.send).not.toHaveBeenCalled();
    stop();
    bus.emit(event);
    expect(open.send).toHaveBeenCalledTimes(1);
  });
});

describe('preload bridge', () => {
  it('exposes one invoke for the method names of the contract and a change listener', async () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const on = vi.fn();
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke, on, removeListener: vi.fn() },
    }));
    await import('./preload');
    const bridge = exposed.pzk as { invoke: (m: string, i: unknown, o: string) => Promise<unknown>; onChange: (l: (e: unknown) => void) => () => void };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onChange']);
    await bridge.invoke('team.get', undefined, 'tab-1');
    expect(invoke).toHaveBeenCalledWith(IPC_INVOKE, 'team.get', undefined, 'tab-1');
    expect(await bridge.invoke('fs.readFile', '/etc/passwd', 'tab-1')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(invoke).toHaveBeenCalledTimes(1);
    const listener = vi.fn();
    bridge.onChange(listener);
    const [channel, wrapped] = on.mock.calls[0] as [string, (e: unknown, event: unknown) => void];
    expect(channel).toBe(IPC_CHANGED);
    wrapped({}, { reset: true });
    expect(listener).toHaveBeenCalledWith({ reset: true });
    vi.doUnmock('electron');
  });
});

describe('unlock window bridge (issue 17.6)', () => {
  it('exposes only what the unlock page needs: the request, the passphrase as a string, quitting', async () => {
    vi.resetModules();
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async () => null);
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) }, ipcRenderer: { invoke } }));
    await import('./unlockPreload');
    const bridge = exposed.pzkUnlock as { request(): Promise<unknown>; submit(p: unknown): Promise<unknown>; quit(): Promise<unknown> };
    expect(Object.keys(exposed)).toEqual(['pzkUnlock']);
    expect(Object.keys(bridge).sort()).toEqual(['quit', 'request', 'submit']);
    await bridge.request();
    await bridge.submit({ toString: () => 'zielona łąka nad Bugiem' });
    await bridge.quit();
    expect(invoke.mock.calls).toEqual([[IPC_UNLOCK_REQUEST], [IPC_UNLOCK_SUBMIT, 'zielona łąka nad Bugiem'], [IPC_UNLOCK_QUIT]]);
    vi.doUnmock('electron');
  });
});
