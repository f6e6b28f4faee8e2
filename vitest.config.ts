import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Snapshots and summaries must not depend on where or when the tests run.
    env: { TZ: 'UTC' },
    // A limit bounds a test that hangs; it is not what a test waits for. Property tests run hundreds of cases
    // and took over 5 s (the default) on a machine doing other work: room for a busy machine.
    testTimeout: 60_000,
    // Golden files are never written by a test run, in CI or out of it: a missing golden fails, and a
    // changed one fails with its diff. Rewriting them is asked for by name, and the diff reviewed:
    // UPDATE_GOLDENS=1 npm run unit
    update: process.env['UPDATE_GOLDENS'] === '1' ? 'all' : 'none',
  },
});
