import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const LIST =
  '{ __nameCamel__Records(first: 100) { totalCount nodes { id title townshipId recordedOn entity { id } township { id } } } }';

const CREATE = `mutation ($input: __Name__RecordInput!) {
  create__Name__Record(input: $input) { id title townshipId entity { id } }
}`;

const input = { title: '新记录', entityId: 'E0230', townshipId: '511902002', recordedOn: '2024-07-01', note: '' };

describe.each(await dialects())('__name__ subgraph on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('lists the demo records as a connection, newest first', async () => {
    const res = await t.execute(LIST);
    expect(res.errors).toBeUndefined();
    const { totalCount, nodes } = res.data!.__nameCamel__Records;
    expect(totalCount).toBe(6);
    expect(nodes[0]).toMatchObject({ recordedOn: '2024-06-15', entity: { id: 'E0234' } });
    expect(nodes[0].township).toEqual({ id: nodes[0].townshipId });
    const page = await t.execute(
      '{ __nameCamel__Records(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.data?.__nameCamel__Records.pageInfo.hasNextPage).toBe(true);
  });

  it('narrows lists to the township officer’s township and refuses partners', async () => {
    const mine = await t.execute(LIST, {}, { as: 'township' });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.__nameCamel__Records.nodes.map((n: { townshipId: string }) => n.townshipId)).toEqual([
      '511902001',
    ]);
    const other = await t.execute('{ __nameCamel__Record(id: "__NAME__-0002") { id } }', {}, { as: 'township' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partner = await t.execute(LIST, {}, { as: 'police' });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.execute(LIST, {}, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a bad input, naming the field, and writes nothing', async () => {
    const res = await t.execute(CREATE, { input: { ...input, title: '  ' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(res.errors?.[0]?.message).toBe('标题不能为空');
    const count = await t.execute('{ __nameCamel__Records { totalCount } }');
    expect(count.data?.__nameCamel__Records.totalCount).toBe(6);
  });

  it('creates a record that the lists then show', async () => {
    const res = await t.execute(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.create__Name__Record).toMatchObject({ title: '新记录', entity: { id: 'E0230' } });
    const found = await t.execute('{ __nameCamel__Records(filter: { search: "新记录" }) { totalCount } }');
    expect(found.data?.__nameCamel__Records.totalCount).toBe(1);
    const outside = await t.execute(CREATE, { input: { ...input, townshipId: '511902003' } }, { as: 'township' });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
