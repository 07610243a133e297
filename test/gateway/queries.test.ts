import { describe, expect, it } from 'vitest';
import { codes, data, gql } from '../harness/graphql';

const officer = { as: 'officer' };

const ENTITY_FIELDS = 'id name creditCode category status riskGrade township { id name }';

describe('core queries through the gateway (docs/api.md#core-queries)', () => {
  it('lists the 22 townships, the demo township first', async () => {
    const { townships } = await data<{ townships: { id: string; name: string; kind: string }[] }>(
      officer,
      '{ townships { id name kind } }',
    );
    expect(townships).toHaveLength(22);
    expect(townships[0]?.id).toBe('511902001');
    for (const township of townships) {
      expect(township.name).toMatch(/[\u4e00-\u9fa5]/);
      expect(['TOWN', 'SUBDISTRICT', 'TOWNSHIP']).toContain(township.kind);
    }
  });

  it('answers the entities connection with the default page of 20', async () => {
    const { entities } = await data(
      officer,
      `{ entities { totalCount nodes { ${ENTITY_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(entities.totalCount).toBeGreaterThanOrEqual(300);
    expect(entities.nodes).toHaveLength(20);
    expect(entities.pageInfo.hasNextPage).toBe(true);
    expect(typeof entities.pageInfo.endCursor).toBe('string');
    const [first] = entities.nodes;
    expect(first.creditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
    expect(first.township.name).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('pages with first/after without overlap', async () => {
    const query =
      'query ($after: String) { entities(first: 7, after: $after) { nodes { id } pageInfo { endCursor } } }';
    const page1 = (await data(officer, query)).entities;
    const page2 = (await data(officer, query, { after: page1.pageInfo.endCursor })).entities;
    const ids1 = page1.nodes.map((n: { id: string }) => n.id);
    const ids2 = page2.nodes.map((n: { id: string }) => n.id);
    expect(ids1).toHaveLength(7);
    expect(ids2).toHaveLength(7);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
  });

  it('reads one entity by id, and null for an unknown id', async () => {
    const { entities } = await data(officer, '{ entities(first: 1) { nodes { id name } } }');
    const [node] = entities.nodes;
    const { entity } = await data(officer, `query ($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`, {
      id: node.id,
    });
    expect(entity).toMatchObject({ id: node.id, name: node.name });
    const missing = await gql(officer, 'query ($id: ID!) { entity(id: $id) { id } }', { id: 'no-such-entity' });
    expect(missing.data?.entity ?? null).toBeNull();
  });

  it('filters by township, category, grade and search', async () => {
    const byTownship = (
      await data(
        officer,
        '{ entities(first: 100, filter: { townshipId: "511902002" }) { totalCount nodes { township { id } } } }',
      )
    ).entities;
    expect(byTownship.totalCount).toBeGreaterThan(0);
    expect(new Set(byTownship.nodes.map((n: { township: { id: string } }) => n.township.id))).toEqual(
      new Set(['511902002']),
    );

    const byCategory = (
      await data(
        officer,
        '{ entities(first: 100, filter: { category: FOOD_PRODUCER }) { totalCount nodes { category } } }',
      )
    ).entities;
    expect(byCategory.totalCount).toBeGreaterThan(0);
    expect(new Set(byCategory.nodes.map((n: { category: string }) => n.category))).toEqual(new Set(['FOOD_PRODUCER']));

    const byGrade = (
      await data(officer, '{ entities(first: 100, filter: { riskGrade: B }) { totalCount nodes { riskGrade } } }')
    ).entities;
    expect(byGrade.totalCount).toBeGreaterThanOrEqual(45);
    expect(new Set(byGrade.nodes.map((n: { riskGrade: string }) => n.riskGrade))).toEqual(new Set(['B']));

    const sample = (await data(officer, '{ entities(first: 1, after: null) { nodes { name } } }')).entities.nodes[0]
      .name as string;
    const term = sample.slice(0, 2);
    const bySearch = (
      await data(
        officer,
        'query ($s: String) { entities(first: 100, filter: { search: $s }) { totalCount nodes { name creditCode } } }',
        { s: term },
      )
    ).entities;
    expect(bySearch.totalCount).toBeGreaterThan(0);
    for (const node of bySearch.nodes) expect(`${node.name} ${node.creditCode}`).toContain(term);
  });

  it('serves 100 entities in one page and refuses more than 100', async () => {
    const hundred = (await data(officer, '{ entities(first: 100) { nodes { id township { name } } } }')).entities;
    expect(hundred.nodes).toHaveLength(100);

    const tooMany = await gql(officer, '{ entities(first: 101) { nodes { id } } }');
    // docs/api.md#lists-connections: "at most 100" — the kit refuses rather than silently answering fewer than asked.
    expect(codes(tooMany)).toContain('BAD_USER_INPUT');
    expect(tooMany.data?.entities?.nodes?.length ?? 0).toBeLessThanOrEqual(100);
  });
});
