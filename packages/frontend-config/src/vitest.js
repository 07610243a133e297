// Plain JavaScript, not TypeScript like the rest of this package: a frontend's vitest.config.ts imports it, and
// vitest loads that config without `--configLoader runner` (its tests need no federation), so Node itself imports
// this file. Its types are in vitest.d.ts.

/**
 * A frontend's test config (the shell's and every remote's): the `*.test.ts(x)` files under `test/`, in happy-dom,
 * after remote-testing's setup and then the frontend's own `setupFiles`.
 * @param {{ setupFiles?: string[] }} [options]
 */
export function frontendVitestConfig({ setupFiles = [] } = {}) {
  return {
    test: {
      environment: 'happy-dom',
      include: ['test/**/*.test.{ts,tsx}'],
      setupFiles: ['@shian/remote-testing/setup', ...setupFiles],
      // antd under happy-dom renders slowly on a shared 2-core machine: a modal flow took 12–29 s at load 12, and
      // a register page timed out at 20 s in a CI run, so each test gets 60 s.
      testTimeout: 60_000,
    },
  };
}
