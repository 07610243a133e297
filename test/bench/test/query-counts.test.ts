import { DOMAINS } from '@shian/platform';
import { dialects } from '@shian/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountedPlatform, type Counts, startCountedPlatform } from '../src/counted';
import { federatedDomains, federatedPageQuery } from '../src/queries';

/**
 * N+1 guard: a page of entities with nested fields from other subgraphs (and back) must cost the same number of SQL
 * statements in every subgraph, and the same number of subgraph requests, for 10 rows as for 100.
 */
const deployed = DOMAINS.map((d) => d.name);
const domains = federatedDomains(deployed);
const query = federatedPageQuery(deployed);

describe.each(await dialects())('statements and subgraph fetches per request, on %s', (dialect) => {
  let platform: CountedPlatform;
  beforeAll(async () => {
    platform = await startCountedPlatform({ domains, dialect, databaseUrl: process.env.DATABASE_URL });
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });

  async function page(first: number) {
    const { result, counts, sql } = await platform.count(async () => {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.token}` },
        body: JSON.stringify({ query, variables: { first } }),
      });
      return (await response.json()) as {
        data?: { entities: { nodes: { samples?: { nodes: unknown[] }; licenses: unknown[] }[] } };
        errors?: unknown[];
      };
    });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return { nodes: result.data?.entities.nodes ?? [], counts, sql };
  }

  it('are the same for a page of 10 and a page of 100', async () => {
    await page(5); // warm: the gateway's plan cache and each subgraph's schema caches
    const small = await page(10);
    const large = await page(100);
    console.log(`[query counts, ${dialect}] page 10: ${show(small.counts)}; page 100: ${show(large.counts)}`);

    expect(small.nodes).toHaveLength(10);
    expect(large.nodes).toHaveLength(100);
    // The nested lists are really there, in both pages (an empty page would cost less and prove nothing).
    if (deployed.includes('sampling')) {
      for (const nodes of [small.nodes, large.nodes]) {
        expect(nodes.some((node) => (node.samples?.nodes.length ?? 0) > 0)).toBe(true);
      }
    }
    expect(large.nodes.some((node) => node.licenses.length > 0)).toBe(true);

    for (const domain of domains) {
      expect(large.counts.fetches[domain], `${domain}: subgraph requests`).toBe(small.counts.fetches[domain]);
      expect(
        large.counts.statements[domain],
        `${domain}: SQL statements\npage 10:\n  ${small.sql[domain]?.join('\n  ')}\npage 100:\n  ${large.sql[domain]?.join('\n  ')}`,
      ).toBe(small.counts.statements[domain]);
    }
    // And small in absolute terms: a handful per subgraph, not one per row.
    for (const domain of domains) expect(large.counts.statements[domain]).toBeLessThanOrEqual(8);
  });
});

function show(counts: Counts) {
  return Object.keys(counts.statements)
    .map((domain) => `${domain} ${counts.fetches[domain]} fetch/${counts.statements[domain]} SQL`)
    .join(', ');
}
