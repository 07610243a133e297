import { defineConfig } from 'vitest/config';

// Node tests that put back every global they stub: one worker runs every file (isolate: false) instead of a process
// per file (README, "How long CI takes").
export default defineConfig({ test: { isolate: false } });
