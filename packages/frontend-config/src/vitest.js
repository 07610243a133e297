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
      // All of a suite's files in one module graph per worker: antd, React and happy-dom are imported once, not once
      // per file, which was most of the suites' time (frontends/entities: 141 s wall / 54 s CPU per-file isolated,
      // 80 s / 32 s shared). What a file leaves behind, the next one meets: remote-testing's setup undoes stubs, spies
      // and fake timers after each test; ui-kit's exports are caught through its saver (`catchExports`), not a
      // `vi.mock` that only the first file to load the module would see; a module a frontend replaces for its tests
      // is replaced in its own setup file, for every file alike.
      isolate: false,
      // antd under happy-dom renders slowly on a shared 2-core machine: a modal flow took 12–29 s at load 12, and
      // a register page timed out at 20 s in a CI run, so each test gets 60 s.
      testTimeout: 60_000,
    },
  };
}
