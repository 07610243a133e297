import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts: tests need no federation, and this loads without `--configLoader runner`.
// antd under happy-dom renders slowly on a shared 2-core machine: this module's dialogs (the risk form, a
// consultation with its conclusions) took 12–29 s at load 12, so each test gets 45 s.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['@shian/remote-testing/setup'],
    testTimeout: 45_000,
  },
});
