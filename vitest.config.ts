import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Snapshots and summaries must not depend on where or when the tests run.
    env: { TZ: 'UTC' },
  },
});
