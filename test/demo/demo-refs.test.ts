import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../packages/demo-refs/scripts/sources';

/**
 * The cross-domain references of the demo data (`packages/demo-refs/data/*.json`: the businesses and officials of
 * the entities domain, sampling's disposals that filed a case, enforcement's inspectors and the cases risk links
 * to) are generated from the owning domains' demo generators and committed. When one of those changes, a file goes
 * stale: this test names it and the command that rewrites it.
 */
const files = STEPS.flatMap((step) => Object.entries(step.files));

describe('@shian/demo-refs matches the demo generators', () => {
  it.each(files)('data/%s', { timeout: 60_000 }, async (file, build) => {
    const committed = JSON.parse(
      readFileSync(new URL(`../../packages/demo-refs/data/${file}`, import.meta.url), 'utf8'),
    );
    const current = await build();
    expect(current.length).toBeGreaterThan(0);
    expect(committed, 'run `pnpm --filter @shian/demo-refs generate`').toEqual(current);
  });
});
