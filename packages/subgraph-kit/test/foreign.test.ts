import { describe, expect, it } from 'vitest';
import { foreignType } from '../src/foreign';
import { buildFederatedSchema } from '../src/schema';
import fixture from './fixture/src/schema';

describe('foreignType: another subgraph’s type, by its key', () => {
  const Township = foreignType('Township');
  const Publisher = foreignType('Publisher', { resolvable: true });

  it('declares a key-only stub that this subgraph does not resolve, unless it says so', async () => {
    const { sdl } = await buildFederatedSchema({
      ...fixture,
      orphanedTypes: [Township, Publisher],
      references: { ...fixture.references, Publisher: { load: async () => [], visible: () => true } },
    });
    expect(sdl).toMatch(/type Township @key\(fields: "id", resolvable: false\) \{\s+id: ID!\s+\}/);
    expect(sdl).toMatch(/type Publisher @key\(fields: "id"\) \{\s+id: ID!\s+\}/);
  });

  it('refuses a resolvable key without a reference resolver, as for the subgraph’s own types', async () => {
    await expect(buildFederatedSchema({ ...fixture, orphanedTypes: [Publisher] })).rejects.toThrow(
      /Publisher has a resolvable @key but no reference resolver/,
    );
  });

  it('makes references that hold the key alone', () => {
    const reference = Township.of('T01');
    expect(reference).toBeInstanceOf(Township);
    expect({ ...reference }).toEqual({ id: 'T01' });
    expect(Township.name).toBe('TownshipRef');
  });
});
