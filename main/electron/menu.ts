// The application menu, in Polish. A packaged app has no Reload and no developer tools (neither in the
// menu nor as their keyboard shortcuts, which only the menu provides); development keeps both.
// Types only from Electron: unit-tested under plain Node (menu.test.ts).
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(options: { packaged: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Powiększ' },
    { role: 'zoomOut', label: 'Pomniejsz' },
    { role: 'resetZoom', label: 'Rzeczywisty rozmiar' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Pełny ekran' },
  ];
  if (!options.packaged) {
    view.push({ type: 'separator' }, { role: 'reload', label: 'Odśwież (tryb deweloperski)' }, { role: 'toggleDevTools', label: 'Narzędzia deweloperskie' });
  }
  return [
    ...(mac ? [{ role: 'appMenu' as const, label: 'PZK Animator' }] : []),
    { label: 'Plik', submenu: [mac ? { role: 'close', label: 'Zamknij okno' } : { role: 'quit', label: 'Zakończ' }] },
    {
      label: 'Edycja',
      // The edit roles are what make copy and paste work on macOS.
      submenu: [
        { role: 'undo', label: 'Cofnij' },
        { role: 'redo', label: 'Ponów' },
        { type: 'separator' },
        { role: 'cut', label: 'Wytnij' },
        { role: 'copy', label: 'Kopiuj' },
        { role: 'paste', label: 'Wklej' },
        { role: 'selectAll', label: 'Zaznacz wszystko' },
      ],
    },
    { label: 'Widok', submenu: view },
    { label: 'Okno', submenu: [{ role: 'minimize', label: 'Minimalizuj' }, ...(mac ? [{ role: 'zoom' as const, label: 'Powiększ okno' }] : [])] },
  ];
}
