/**
 * Browser tests: the built app (dist/) in Debian's Chromium through playwright-core.
 * Run with `npm run test:browser` (builds first). One file at a time: each launches its
 * own browser, and the machine has two cores.
 */
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(__dirname, '../..'),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globals: true,
    globalSetup: ['tests/browser/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 60_000,
    // A browser test that fails once fails for a reason worth reading; no retries.
    retry: 0,
  },
});
