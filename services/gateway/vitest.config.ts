import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships both index.js (CJS, what Node and the externalized Apollo packages load) and index.mjs (what
// vite would pick from its "module" field). Two copies break `instanceof GraphQLError`, so tests use Node's.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  // The files start their own gateways, subgraphs and processes on ports of their own and put back what they change
  // in the environment: one worker runs them all (isolate: false) and imports Apollo and the supergraph tooling once,
  // not once per file; 30 s per test for a busy 2-core machine (README, "How long CI takes").
  test: { isolate: false, testTimeout: 30_000 },
});
