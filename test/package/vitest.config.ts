// The packed app's tests (run by scripts/test.ts after the build; `npx vitest run --config test/package/vitest.config.ts`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/package/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 180_000 },
});
