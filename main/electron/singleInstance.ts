// One app process per user: a second launch hands its arguments to the first and quits, and the first
// brings its window to the front (two processes must never write one database; the data folder's lock
// refuses the second too, but a user double-clicking the icon should see the app, not an error).
import type { App, BrowserWindow } from 'electron';

type SingleInstanceApp = Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>;
type Focusable = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Returns false in a second process (which then quits); the first focuses `window()` on each later launch. */
export function claimSingleInstance(app: SingleInstanceApp, window: () => Focusable | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const w = window();
    if (!w) return;
    if (w.isMinimized()) w.restore();
    w.show();
    w.focus();
  });
  return true;
}
