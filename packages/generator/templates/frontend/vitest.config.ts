import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts: tests need no federation, and this loads without `--configLoader runner`.
// antd under happy-dom renders slowly on a shared 2-core machine: modal flows get more than the default 5 s.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['@shian/remote-testing/setup'],
    testTimeout: 20_000,
  },
});
