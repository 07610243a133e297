import { defineConfig } from 'vitest/config';

// Each file builds its own subgraph on its own databases, so one worker runs every file (isolate: false) and imports
// the ORM, Apollo and the schema once, not once per file; 30 s per test for a busy 2-core machine (README, "How long
// CI takes").
export default defineConfig({ test: { isolate: false, testTimeout: 30_000 } });
