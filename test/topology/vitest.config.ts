import { defineConfig } from 'vitest/config';

// The topology run is its own: no global setup (it builds its own platform in network namespaces), one file, long
// timeouts for the bring-up on a 2-core machine.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['topology.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
