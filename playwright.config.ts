import { defineConfig } from '@playwright/test';

// Debian's Chromium (never `playwright install`: browser downloads fail on these machines).
export const CHROMIUM = process.env.PZK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
