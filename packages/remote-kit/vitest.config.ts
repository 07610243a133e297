import { defineConfig } from 'vitest/config';

// antd under happy-dom renders slowly on a shared 2-core machine: the frontends' 60 s per test.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['@shian/remote-testing/setup'],
    testTimeout: 60_000,
  },
});
