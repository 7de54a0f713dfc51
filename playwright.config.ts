import { defineConfig } from '@playwright/test';

// Debian's Chromium (never `playwright install`: browser downloads fail on these machines).
export const CHROMIUM = process.env.PZK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 120_000,
  // Two at a time on CI's 2 cores (each test has its own data folder, host and page); with the bundled host,
  // 13.3 → 7.9 min.
  workers: 2,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--lang=pl-PL'],
    },
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
