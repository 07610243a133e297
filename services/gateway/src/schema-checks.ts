import path from 'node:path';
import {
  ACKNOWLEDGED_FILE,
  baselineDir,
  type CheckResult,
  checkSchemas,
  collectOperations,
  readAcknowledged,
  readBaselines,
} from '@shian/schema-check';
import { composeSupergraph, type SubgraphSource } from './compose';

/**
 * The schema checks against this repository's baselines (services/gateway/schema-baseline) and frontends, on
 * subgraphs composed into `apiSdl`. See @shian/schema-check.
 */
export function runSchemaChecks(
  repoRoot: string,
  subgraphs: SubgraphSource[],
  apiSdl: string,
  options: { validateOperations?: boolean; baselineDir?: string } = {},
): Promise<CheckResult> {
  const dir = options.baselineDir ?? baselineDir(repoRoot);
  const operationProblems: string[] = [];
  const operations = collectOperations(repoRoot, operationProblems);
  return checkSchemas({
    apiSdl,
    subgraphs: Object.fromEntries(subgraphs.map((s) => [s.name, s.typeDefs])),
    baselines: readBaselines(dir),
    composeApi: (sdls) =>
      composeSupergraph(
        Object.entries(sdls).map(([name, typeDefs]) => ({ name, url: `http://${name}.invalid/graphql`, typeDefs })),
      ).apiSchemaSdl,
    operations,
    operationProblems,
    acknowledged: readAcknowledged(dir),
    acknowledgedFile: path.relative(repoRoot, path.join(dir, ACKNOWLEDGED_FILE)),
    validateOperations: options.validateOperations,
  });
}
