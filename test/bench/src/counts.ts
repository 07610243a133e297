import { DOMAINS } from '@shian/platform';
import type { Dialect } from '@shian/subgraph-kit';
import { type Counts, startCountedPlatform } from './counted';
import { federatedDomains, federatedPageQuery } from './queries';

export interface PageCounts {
  counts: Counts;
  sql: Record<string, string[]>;
  /** Rows on the page, and how many of them have samples: an empty nested list would prove nothing. */
  rows: number;
  withSamples: number;
  withLicences: number;
  errors?: unknown[];
}

/** The federated page of each size through our gateway, after one warm-up request. */
export async function measureCounts(
  dialect: Dialect,
  sizes: number[],
  databaseUrl?: string,
): Promise<Record<string, PageCounts>> {
  const deployed = DOMAINS.map((d) => d.name);
  const platform = await startCountedPlatform({ domains: federatedDomains(deployed), dialect, databaseUrl });
  const query = federatedPageQuery(deployed);
  const page = (first: number) =>
    platform.count(async () => {
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
  try {
    await page(5);
    const results: Record<string, PageCounts> = {};
    for (const first of sizes) {
      const { result, counts, sql } = await page(first);
      const nodes = result.data?.entities.nodes ?? [];
      results[first] = {
        counts,
        sql,
        rows: nodes.length,
        withSamples: nodes.filter((n) => (n.samples?.nodes.length ?? 0) > 0).length,
        withLicences: nodes.filter((n) => n.licenses.length > 0).length,
        errors: result.errors,
      };
    }
    return results;
  } finally {
    await platform.close();
  }
}

export function describeCounts(counts: Counts): string {
  return Object.keys(counts.statements)
    .map((domain) => `${domain} ${counts.fetches[domain]} request(s) / ${counts.statements[domain]} SQL`)
    .join(', ');
}
