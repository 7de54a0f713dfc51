// The Electron main process: one window on the app:// protocol, the core's API over IPC.
// Thin by design: everything it calls lives in src/ or in tested helpers beside it.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultDataDir, resolveDataDir } from '../../src/config/dataDir';
import { fileLogger, openAsking, openCore, requireHubOpen, type Core } from '../../src/core/core';
import { resolveAppFile } from './appFiles';
import { electronInstaller } from './installer';
import { forwardChanges, registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { recoverRenderer } from './recovery';
import { startFailureMessage } from './startup';
import { electronSaving } from './saving';
import { safeStorageSecrets } from './secrets';
import { claimSingleInstance } from './singleInstance';
import { UNLOCK_PATH, unlockResponse } from './unlockPage';
import { unlockWindow } from './unlockWindow';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGED, CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, webPreferences } from './security';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGED]);

let core: Core | null = null;
// While the app starts, the unlock window may be the only one: closing it is not quitting.
let starting = true;

async function createWindow(): Promise<void> {
  const rendererDir = join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const page = unlockResponse(request.url);
    if (page) return new Response(page.body, { headers: { 'Content-Type': page.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
  hardenSession(session.defaultSession, rendererDir);
  const secrets = await safeStorageSecrets(safeStorage, process.platform);
  const dataDir = resolveDataDir(process.argv);
  // The system seals the database's key; where it cannot give it (a reimaged laptop, Linux without a keyring),
  // a window asks for the recovery passphrase (or PZK_PASSPHRASE gives it).
  const asking = unlockWindow(ipcMain, `${APP_ORIGIN}${UNLOCK_PATH}`, join(__dirname, 'unlockPreload.cjs'), { packaged: app.isPackaged, sealing: secrets !== null });
  try {
    core = await openAsking<Core>(
      // A regional hub brought from another computer is asked for in the same window (requireHubOpen).
      (passphrase) =>
        openCore(dataDir, {
          secrets,
          unlock: { secrets, passphrase },
          holder: 'the PZK Animator app',
          // Today's backup copy after the window is up: the first screen does not wait for it.
          backupLater: true,
          // Documents are saved through the native dialog, then shown in their folder on request.
          saving: electronSaving(dialog, shell, app.getPath('documents')),
          // "Aktualizacja z pliku": a verified installer is started from the app's own temporary folder.
          installer: electronInstaller(shell, app, join(app.getPath('temp'), 'pzk-animator-update')),
        }).then(requireHubOpen),
      asking.ask,
      process.env.PZK_PASSPHRASE ?? null,
    );
  } finally {
    asking.done();
  }
  registerIpc(ipcMain, core.dispatch);
  forwardChanges(core.events, () => BrowserWindow.getAllWindows().map((w) => w.webContents));

  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'PZK Animator',
    show: false,
    webPreferences: webPreferences(join(__dirname, 'preload.cjs'), { packaged: app.isPackaged }),
  });
  hardenWebContents(window.webContents);
  recoverRenderer(window.webContents, {
    log: (event, fields) => core?.log.warn(event, fields),
    tellUser: (message) => void dialog.showMessageBox(window, { type: 'error', title: 'PZK Animator', message }),
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  starting = false;
  core.dailyBackup().catch((error: unknown) => core?.log.error("today's backup copy could not be made", error));
}

// A second launch focuses this window instead of opening the same data twice.
const first = claimSingleInstance(app, () => BrowserWindow.getAllWindows()[0] ?? null);

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
app.on('window-all-closed', () => {
  if (!starting) app.quit();
});
app.on('will-quit', () => void core?.close());

app
  .whenReady()
  .then(() => {
    if (!first) return;
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ packaged: app.isPackaged, platform: process.platform })));
    return createWindow();
  })
  .catch((error: unknown) => {
    // No core, so no log of its own: the same log file, written here, and one sentence for the person.
    let dataDir: string;
    try {
      dataDir = resolveDataDir(process.argv);
    } catch {
      dataDir = defaultDataDir();
    }
    const log = core?.log ?? fileLogger(dataDir, { echo: true });
    log.error('app could not start', error);
    dialog.showErrorBox('PZK Animator', startFailureMessage(error, dataDir, log.file ?? dataDir));
    app.exit(1);
  });
