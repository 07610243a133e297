import { describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../src/schema';
import fixture from './fixture/src/schema';

describe('reference resolvers are not optional', () => {
  it('refuses to build a subgraph whose resolvable @key type has no reference resolver', async () => {
    await expect(buildFederatedSchema({ ...fixture, references: {} })).rejects.toThrow(
      /Book has a resolvable @key but no reference resolver/,
    );
    await expect(buildFederatedSchema(fixture)).resolves.toHaveProperty('sdl');
  });
});
