// When the window's renderer process dies (a crash, out of memory, killed), the window loads the app again:
// the screen comes back where it was (the route is in the URL) and the minutes typed since the last save
// come back from the autosave draft (renderer/store/autosave.ts keeps every keystroke in local storage).
// A renderer that keeps dying is not reloaded in a loop: after three deaths within a minute the person
// is told, and the window stays as it is. Types only from Electron: unit-tested under plain Node.
import type { RenderProcessGoneDetails, WebContents } from 'electron';

export const RELOADS_PER_MINUTE = 3;

type Reloadable = Pick<WebContents, 'on' | 'reload'>;

export function recoverRenderer(
  contents: Reloadable,
  deps: { log: (event: string, fields: Record<string, string | number>) => void; tellUser: (message: string) => void; now?: () => number },
): void {
  const now = deps.now ?? Date.now;
  const deaths: number[] = [];
  contents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    // The reason and exit code only: nothing of what the page showed.
    deps.log('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit') return;
    const at = now();
    while (deaths.length > 0 && at - deaths[0]! > 60_000) deaths.shift();
    deaths.push(at);
    if (deaths.length > RELOADS_PER_MINUTE) {
      deps.log('renderer keeps failing, not reloaded again', { deaths: deaths.length });
      deps.tellUser(
        'Okno aplikacji kilka razy z rzędu przestało działać. Zamknij aplikację i uruchom ją ponownie; ' +
          'tekst wpisany w protokole jest zachowany. Jeśli to się powtarza, zgłoś to informatykowi urzędu.',
      );
      return;
    }
    contents.reload();
  });
}
