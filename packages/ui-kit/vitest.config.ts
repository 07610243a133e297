import { defineConfig } from 'vitest/config';

// antd under happy-dom renders slowly on a shared 2-core machine: the same 20 s as the frontends' tests.
export default defineConfig({
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], testTimeout: 20_000 },
});
