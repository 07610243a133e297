import { defineConfig } from 'vitest/config';

// deploy/web and deploy/observability belong to other packages' tests: this package runs its own only.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
