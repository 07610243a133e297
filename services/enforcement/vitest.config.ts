import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The bureau's calendar edits live in the sampling subgraph; tests run without it, on the default calendar.
    env: { SAMPLING_URL: 'http://127.0.0.1:9/graphql' },
    // Each file builds its own subgraph on its own databases, so one worker runs every file and imports the ORM,
    // Apollo and the schema once, not once per file (README, "How long CI takes").
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
