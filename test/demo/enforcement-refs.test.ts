import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disposalRefs } from '../../services/enforcement/scripts/refs-data';

/**
 * Enforcement's 2024 demo cases open from sampling's disposals that filed a case, through a committed copy
 * (`services/enforcement/seeds/disposal-refs.json`). When sampling's demo data changes, the copy goes stale: this
 * test says so (`pnpm entity-refs` in services/enforcement rewrites it).
 */
describe('sampling disposals in enforcement’s demo data', () => {
  it('services/enforcement/seeds/disposal-refs.json matches the sampling demo data', () => {
    const copy = JSON.parse(
      readFileSync(new URL('../../services/enforcement/seeds/disposal-refs.json', import.meta.url), 'utf8'),
    );
    expect(copy, 'run `pnpm entity-refs` in services/enforcement').toEqual(disposalRefs());
    expect(copy.length).toBeGreaterThan(0);
  });
});
