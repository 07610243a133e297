import { defineConfig } from 'vitest/config';

// The production test packs real artifacts and starts them: minutes of budget on a busy 2-core machine.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000 } });
