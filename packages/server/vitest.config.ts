import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships both index.js (CJS, what Node and the externalized Apollo packages load) and index.mjs (what
// vite would pick from its "module" field). Two copies break `instanceof GraphQLError`, so tests use Node's.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  // The files share no state: one worker runs them all instead of a process per file (README, "How long CI takes").
  test: { isolate: false },
});
