import { defineConfig } from 'vitest/config';

// The templates hold test files of their own (for the generated packages): only test/ is this package's.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 20_000 } });
