import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMAINS } from '@shian/platform';
import { dialects } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { describeCounts, type PageCounts } from '../src/counts';
import { federatedDomains } from '../src/queries';

/**
 * N+1 guard: a page of entities with nested fields from other subgraphs (and back) must cost the same number of SQL
 * statements in every subgraph, and the same number of subgraph requests, for 10 rows as for 100. Measured in a
 * child process run the way the platform runs (Node with swc's module hooks): under vitest's own transform, costs
 * that split DataLoader batches in production (a dynamic import per resolver call) do not show.
 */
const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const domains = federatedDomains(DOMAINS.map((d) => d.name));

function measure(dialect: string): Promise<Record<string, PageCounts>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'src/counts-cli.ts', dialect],
      {
        cwd: BENCH_DIR,
        env: { ...process.env, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? ''));
      } catch {
        reject(new Error(`counts-cli exited ${code}: ${err.slice(-2000)}`));
      }
    });
  });
}

describe.each(await dialects())('statements and subgraph fetches per request, on %s', (dialect) => {
  it('are the same for a page of 10 and a page of 100', { timeout: 180_000 }, async () => {
    const result = await measure(dialect);
    const small = result['10'] as PageCounts;
    const large = result['100'] as PageCounts;
    console.log(
      `[query counts, ${dialect}] page 10: ${describeCounts(small.counts)}; page 100: ${describeCounts(large.counts)}`,
    );
    expect(small.errors, JSON.stringify(small.errors)).toBeUndefined();
    expect(large.errors, JSON.stringify(large.errors)).toBeUndefined();
    expect([small.rows, large.rows]).toEqual([10, 100]);
    // The nested lists are really there, in both pages (an empty page would cost less and prove nothing).
    if (domains.includes('sampling')) expect(Math.min(small.withSamples, large.withSamples)).toBeGreaterThan(0);
    expect(large.withLicences).toBeGreaterThan(0);

    for (const domain of domains) {
      expect(large.counts.fetches[domain], `${domain}: subgraph requests`).toBe(small.counts.fetches[domain]);
      expect(
        large.counts.statements[domain],
        `${domain}: SQL statements\npage 10:\n  ${small.sql[domain]?.join('\n  ')}\npage 100:\n  ${large.sql[domain]?.join('\n  ')}`,
      ).toBe(small.counts.statements[domain]);
      // And small in absolute terms: a handful per subgraph, not one per row.
      expect(large.counts.statements[domain]).toBeLessThanOrEqual(8);
    }
  });
});
