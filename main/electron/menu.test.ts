import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu';
import { recoverRenderer, RELOADS_PER_MINUTE } from './recovery';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.label ? [item.label] : []), ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);

describe('application menu', () => {
  it('the packaged app has no Reload and no developer tools; development keeps them', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const packaged = roles(menuTemplate({ packaged: true, platform }));
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']));
      expect(roles(menuTemplate({ packaged: false, platform }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    }
  });

  it('speaks Polish: every item with a label of its own', () => {
    const template = menuTemplate({ packaged: true, platform: 'win32' });
    expect(template.map((m) => m.label)).toEqual(['Plik', 'Edycja', 'Widok', 'Okno']);
    expect(labels(template)).toEqual(expect.arrayContaining(['Zakończ', 'Cofnij', 'Kopiuj', 'Wklej', 'Zaznacz wszystko', 'Powiększ', 'Pomniejsz', 'Pełny ekran']));
    const unlabelled = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [...(i.type !== 'separator' && !i.label ? [i] : []), ...(Array.isArray(i.submenu) ? unlabelled(i.submenu) : [])]);
    expect(unlabelled(template)).toEqual([]);
  });
});

describe('a renderer process that dies', () => {
  function window() {
    let listener: ((event: unknown, details: { reason: string; exitCode: number }) => void) | undefined;
    const contents = { on: vi.fn((_name: string, fn: typeof listener) => (listener = fn)), reload: vi.fn() };
    return { contents, die: (reason: string) => listener!({}, { reason, exitCode: 133 }) };
  }

  it('comes back: the window loads the app again (the autosave draft restores the minutes) and the event is logged', () => {
    const { contents, die } = window();
    const log = vi.fn();
    recoverRenderer(contents as never, { log, tellUser: vi.fn() });
    expect(contents.on).toHaveBeenCalledWith('render-process-gone', expect.any(Function));
    die('crashed');
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('renderer process gone', { reason: 'crashed', exitCode: 133 });
  });

  it('is not reloaded after a clean exit, nor in a loop: after three deaths in a minute the person is told', () => {
    const { contents, die } = window();
    const tellUser = vi.fn();
    let now = 0;
    recoverRenderer(contents as never, { log: vi.fn(), tellUser, now: () => now });
    die('clean-exit');
    expect(contents.reload).not.toHaveBeenCalled();
    for (let i = 0; i < RELOADS_PER_MINUTE; i++) {
      now += 10_000;
      die('oom');
    }
    expect(contents.reload).toHaveBeenCalledTimes(RELOADS_PER_MINUTE);
    now += 10_000;
    die('crashed');
    expect(contents.reload).toHaveBeenCalledTimes(RELOADS_PER_MINUTE);
    expect(tellUser).toHaveBeenCalledWith(expect.stringContaining('tekst wpisany w protokole jest zachowany'));
    // A minute later the window may be reloaded again.
    now += 60_001;
    die('crashed');
    expect(contents.reload).toHaveBeenCalledTimes(RELOADS_PER_MINUTE + 1);
  });
});
