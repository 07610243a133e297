/**
 * `pnpm check:schema` (root): composes every domain's schema.graphql, then checks breaking changes against the
 * baselines and every frontend's operations against the composed API schema. Exits 1 on any failure.
 *
 * `pnpm check:schema --update-baseline [subgraph…]`: records the current SDL of the given subgraphs (default: all)
 * as their baseline, the contract later changes are checked against.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMAINS } from '@shian/platform';
import { baselineDir, writeBaseline } from '@shian/schema-check';
import { CompositionFailed, composeSupergraph, loadDomainSubgraphs } from './compose';
import { runSchemaChecks } from './schema-checks';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2).filter((arg) => arg !== '--');

try {
  const subgraphs = loadDomainSubgraphs(repoRoot, DOMAINS);
  const composed = composeSupergraph(subgraphs);
  if (args[0] === '--update-baseline') {
    const names = args.slice(1);
    const unknown = names.filter((name) => !subgraphs.some((s) => s.name === name));
    if (unknown.length > 0) throw new Error(`not a composed subgraph: ${unknown.join(', ')}`);
    for (const subgraph of subgraphs.filter((s) => names.length === 0 || names.includes(s.name))) {
      const file = writeBaseline(baselineDir(repoRoot), subgraph.name, subgraph.typeDefs);
      console.log(`baseline: ${path.relative(repoRoot, file)}`);
    }
  } else if (args.length > 0) {
    throw new Error(`unknown arguments: ${args.join(' ')} (use --update-baseline [subgraph…])`);
  } else {
    const result = await runSchemaChecks(repoRoot, subgraphs, composed.apiSchemaSdl);
    console.log(result.report);
    if (!result.ok) process.exit(1);
  }
} catch (error) {
  console.error(error instanceof CompositionFailed ? error.message : `check:schema: ${(error as Error).message}`);
  process.exit(1);
}
