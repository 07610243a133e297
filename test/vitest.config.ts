import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['launcher/**/*.test.ts', 'demo/**/*.test.ts', 'gateway/**/*.test.ts', 'e2e/**/*.test.ts'],
    // One platform for the whole run (started once, see harness/global-setup.ts); files run one after another so
    // that two cores are not shared between the servers, several test files and a browser.
    globalSetup: ['./harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
