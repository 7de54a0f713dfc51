import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'migrations/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // The packed app is tested after the build (scripts/test.ts), not in the plain unit run.
    exclude: ['**/node_modules/**', 'test/package/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
