import { defineConfig } from 'vitest/config';

// The files share no state (each opens its own databases; serve.test.ts puts the environment back), so one worker
// runs every file (isolate: false) and imports the ORM and Apollo once, not once per file; 30 s per test for a busy
// 2-core machine (README, "How long CI takes").
export default defineConfig({ test: { isolate: false, testTimeout: 30_000 } });
