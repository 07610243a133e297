import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The bureau's calendar edits live in the sampling subgraph; tests run without it, on the default calendar.
    env: { SAMPLING_URL: 'http://127.0.0.1:9/graphql' },
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
