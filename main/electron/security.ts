// Security settings of the Electron host, kept apart from main.ts so that they are unit-tested
// under plain Node: this file imports Electron's types only, never Electron itself.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CustomScheme, IpcMainInvokeEvent, Session, WebContents, WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'pzk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The app:// scheme's privileges. `codeCache` (it needs `standard`): without it Chromium keeps no V8 code
 *  cache for a custom scheme, and every start compiles the app's script anew (issue 12: ~250 ms of the
 *  first screen); with it, only the first start after an installation does. */
export const APP_SCHEME_PRIVILEGED: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Also sent by the browser host. No remote code, no inline scripts, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The one inline style allowed: react-aria's usePress injects this fixed touch-action rule.
  "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** `packaged`: the installed app, which has no developer tools (development keeps them). */
export function webPreferences(preloadPath: string, options: { packaged: boolean } = { packaged: true }): WebPreferences {
  return {
    preload: preloadPath,
    devTools: !options.packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** True only for pages of the app itself, served from the custom protocol. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own top-level page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Nothing leaves the machine (issue 14.5): a request goes to the app itself or nowhere. `rendererDir`: the
 *  app:// handler reads the app's files from there with file:// URLs, which may pass through this filter. */
export function isAllowedRequest(raw: string, rendererDir: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === 'file:') return url.href.startsWith(pathToFileURL(join(rendererDir, '/')).href);
    return isAppUrl(raw) || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:';
  } catch {
    return false;
  }
}

export function hardenSession(session: Session, rendererDir: string): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, rendererDir) }));
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
