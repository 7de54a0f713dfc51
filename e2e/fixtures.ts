// The fixture most specs share (Playwright fixtures instead of copied beforeEach blocks): a fresh data
// folder with the browser host running on it, stopped and removed after the test; `restart()` starts
// the host again on the same folder (a new process, a new token).
import { test as base } from '@playwright/test';
import { freshDataDir, startHost, type RunningHost } from './helpers';

export interface App {
  readonly dir: string;
  readonly host: RunningHost;
  restart(): Promise<RunningHost>;
}

export const test = base.extend<{ app: App }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const data = freshDataDir();
    let host = await startHost(data.dir);
    await use({
      dir: data.dir,
      get host() {
        return host;
      },
      async restart() {
        await host.stop();
        host = await startHost(data.dir);
        return host;
      },
    });
    await host.stop();
    data.remove();
  },
});

export { expect } from '@playwright/test';
