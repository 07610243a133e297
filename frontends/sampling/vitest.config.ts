import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts: tests need no federation, and this loads without `--configLoader runner`.
// antd under happy-dom renders slowly on a shared 2-core machine: a modal flow took 12–29 s at load 12, and a
// register page timed out at 20 s in a CI run, so each test gets 60 s.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['@shian/remote-testing/setup', './test/excel.ts'],
    testTimeout: 60_000,
  },
});
