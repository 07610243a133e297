import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../services/entities/seeds/demo-data';

/**
 * Domains link their demo data to the entities domain's demo businesses through a committed copy,
 * `services/<domain>/seeds/entity-refs.json` (domains never import each other at run time). When the entities demo
 * data changes, these copies go stale: this test names the ones to regenerate (`pnpm entity-refs` in the service).
 */
const services = fileURLToPath(new URL('../../services/', import.meta.url));
const copies = readdirSync(services).filter((name) => existsSync(`${services}${name}/seeds/entity-refs.json`));

describe('entity references in other domains’ demo data', () => {
  const current = buildDemoData().entities.map(({ id, name, category, townshipId, status }) => ({
    id,
    name,
    category,
    townshipId,
    status,
  }));

  it('exist', () => {
    expect(copies.length).toBeGreaterThan(0);
  });

  it.each(copies)('services/%s/seeds/entity-refs.json matches the entities demo data', (service) => {
    const copy = JSON.parse(readFileSync(`${services}${service}/seeds/entity-refs.json`, 'utf8'));
    expect(copy, `run \`pnpm entity-refs\` in services/${service}`).toEqual(current);
  });
});
