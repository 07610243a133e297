import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'launcher/**/*.test.ts',
      'demo/**/*.test.ts',
      'gateway/**/*.test.ts',
      'e2e/**/*.test.ts',
      'web/**/*.test.ts',
    ],
    // One platform for the whole run (started once, see harness/global-setup.ts); files run one after another so
    // that two cores are not shared between the servers, several test files and a browser.
    globalSetup: ['./harness/global-setup.ts'],
    fileParallelism: false,
    // A browser test that signs in through the OpenID provider and loads the shell cold needs more than 30 s on a
    // busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
