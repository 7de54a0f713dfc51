import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'migrations/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // The packed app is tested after the build (scripts/test.ts), not in the plain unit run.
    exclude: ['**/node_modules/**', 'test/package/**'],
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // CI has 2 cores, and vitest's default leaves one idle. Files share a worker's modules (no fresh module
    // graph per file): importing the core took ~3 s per file, 37 % of the run. Nothing in the sources keeps
    // state another file could see but caches and per-folder locks (every test has folders of its own); what a
    // test made is removed after it by `test/setup.ts`.
    maxWorkers: 2,
    isolate: false,
  },
});
