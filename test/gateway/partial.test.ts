import { describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { gql } from '../harness/graphql';
import { gatewayWithStoppedSubgraph } from '../harness/platform';
import { shellOperation } from '../harness/work-report';

/**
 * Nullable at the boundaries (issue 14): with the sampling subgraph stopped, a query that also asks other domains
 * gets their data and, for sampling's fields only, null with one error naming it. A gateway and a sampling subgraph
 * of our own, so that the shared platform keeps every subgraph.
 */
describe('sampling stopped: the rest of a query still answers', { timeout: 120_000 }, () => {
  const domain = 'sampling';
  const stopped = gatewayWithStoppedSubgraph(domain, { gateway: testPort(4080), subgraph: testPort(4081) });

  const namesSampling = (errors: { message: string; extensions?: Record<string, unknown> }[] | undefined) => {
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions?.serviceName).toBe(domain);
    expect(errors?.[0]?.message).toContain(domain);
  };

  it('answers the entities count with an error for samples', async () => {
    const { gateway, token } = stopped;
    if (!gateway) return;
    const result = await gql(
      { token },
      '{ entities(first:1){ totalCount } samples(first:1){ totalCount } }',
      {},
      gateway.url,
    );
    expect(result.status).toBe(200);
    expect(result.data?.entities?.totalCount).toBeGreaterThan(0);
    expect(result.data?.samples).toBeNull();
    namesSampling(result.errors);
  });

  it('costs a business only its samples, and the year’s report only its sampling part', async () => {
    const { gateway, token } = stopped;
    if (!gateway) return;
    const entities = await gql(
      { token },
      '{ entities(first: 2) { nodes { id name samples(first: 1) { totalCount } } } }',
      {},
      gateway.url,
    );
    expect(entities.data?.entities?.nodes).toHaveLength(2);
    for (const node of entities.data?.entities?.nodes ?? []) {
      expect(node.name).toBeTruthy();
      expect(node.samples).toBeNull();
    }
    expect(entities.errors?.every((e) => e.extensions?.serviceName === domain)).toBe(true);

    // The dashboard's own operation: every other part of 2024 as docs/domain.md#the-2024-figures has it.
    const report = await gql({ token }, shellOperation('WorkReportDashboard'), { years: [2024, 2023] }, gateway.url);
    const [year2024] = report.data?.workReports ?? [];
    expect(year2024).toMatchObject({ year: 2024, sampling: null });
    expect(year2024.enforcement.casesFiled).toBe(119);
    expect(year2024.responsibility.leaders).toBe(12);
    expect(year2024.training.sessions).toBe(13);
    expect(year2024.publicity.posts).toBe(56);
    expect(year2024.supervision.townshipsCovered).toBe(22);
    expect(report.errors?.length).toBeGreaterThan(0);
    expect(report.errors?.every((e) => e.extensions?.serviceName === domain)).toBe(true);
  });
});
