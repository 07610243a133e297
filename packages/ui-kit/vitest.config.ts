import { defineConfig } from 'vitest/config';

// antd under happy-dom renders slowly on a shared 2-core machine: the same 20 s as the frontends' tests. The files
// share one module graph (antd, React and happy-dom imported once, not per file), as the frontends' do: each file
// unmounts what it rendered and puts back what it replaced (export.test.tsx: the excel saver) after each test.
export default defineConfig({
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], testTimeout: 20_000, isolate: false },
});
