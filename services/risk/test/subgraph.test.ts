import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const LIST = '{ riskRecords(first: 100) { totalCount nodes { id title townshipId recordedOn entity { id } } } }';

const CREATE = `mutation ($input: RiskRecordInput!) {
  createRiskRecord(input: $input) { id title townshipId entity { id } }
}`;

const input = { title: '新记录', entityId: 'E0230', townshipId: '511902002', recordedOn: '2024-07-01', note: '' };

describe.each(await dialects())('risk subgraph on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('lists the demo records as a connection, newest first', async () => {
    const res = await t.execute(LIST);
    expect(res.errors).toBeUndefined();
    const { totalCount, nodes } = res.data!.riskRecords;
    expect(totalCount).toBe(6);
    expect(nodes[0]).toMatchObject({ recordedOn: '2024-06-15', entity: { id: 'E0234' } });
    const page = await t.execute('{ riskRecords(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }');
    expect(page.data?.riskRecords.pageInfo.hasNextPage).toBe(true);
  });

  it('narrows lists to the township officer’s township and refuses partners', async () => {
    const mine = await t.execute(LIST, {}, { as: 'township' });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.riskRecords.nodes.map((n: { townshipId: string }) => n.townshipId)).toEqual(['511902001']);
    const other = await t.execute('{ riskRecord(id: "RISK-0002") { id } }', {}, { as: 'township' });
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
    const count = await t.execute('{ riskRecords { totalCount } }');
    expect(count.data?.riskRecords.totalCount).toBe(6);
  });

  it('creates a record that the lists then show', async () => {
    const res = await t.execute(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createRiskRecord).toMatchObject({ title: '新记录', entity: { id: 'E0230' } });
    const found = await t.execute('{ riskRecords(filter: { search: "新记录" }) { totalCount } }');
    expect(found.data?.riskRecords.totalCount).toBe(1);
    const outside = await t.execute(CREATE, { input: { ...input, townshipId: '511902003' } }, { as: 'township' });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
