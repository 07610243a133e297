import { dialects, schemaDrift, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

describe.each(await dialects())('the migrations on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect });

  it('make the tables the entities describe: migration:create would write nothing', async () => {
    expect(await schemaDrift(t.orm)).toEqual([]);
  });
});
