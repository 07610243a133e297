#!/usr/bin/env node
// `pnpm build`: the API first, then everything else. Arguments go to turbo (filters to the second run only).
//
// A frontend's build reads the committed API schema (services/gateway/api-schema.graphql) as an input instead of
// depending on the gateway's build: turbo hashes a dependent task by its dependencies' hashes, not their outputs, so
// a dependency would rebuild every frontend after any change inside any subgraph, even one that leaves the API as
// it was. Composing first makes the schema file current before the frontends are hashed, so a frontend is rebuilt
// only when the API it is checked against changed.
import { run } from './lib/bootstrap.mjs';

export async function buildAll(args = []) {
  const options = args.filter((arg) => !arg.startsWith('--filter'));
  const composed = await run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@shian/gateway...', ...options]);
  if (composed !== 0) return composed;
  return run('pnpm', ['exec', 'turbo', 'run', 'build', ...args]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(await buildAll(process.argv.slice(2)));
}
