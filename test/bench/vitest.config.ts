import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql for the whole process (Node's CJS build): the gateway, the subgraphs and type-graphql must share it.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
