import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const UPDATE = `mutation($i: SeizedItemUpdateInput!) {
  updateSeizedItem(input: $i) { id custodian location version history { action } } }`;

describe.each(await dialects())('seized item versions on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  it('refuses an edit at a stale version with CONFLICT, writing nothing, and takes the current one', async () => {
    const list = await t.execute(
      '{ seizedItems(first: 1, filter: { held: true }) { nodes { id version case { id } } } }',
    );
    expect(list.errors).toBeUndefined();
    const shown = list.data!.seizedItems.nodes[0] as { id: string; version: number; case: { id: string } };
    const read = async () =>
      (
        await t.execute(
          'query($c: ID!) { seizedItems(first: 100, filter: { caseId: $c }) { nodes { id custodian location version history { action } } } }',
          { c: shown.case.id },
        )
      ).data!.seizedItems.nodes.find((item: { id: string }) => item.id === shown.id);

    const first = await t.execute(UPDATE, {
      i: { itemId: shown.id, custodian: '区局涉案财物库', version: shown.version },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateSeizedItem).toMatchObject({ custodian: '区局涉案财物库', version: shown.version + 1 });
    const now = await read();

    const stale = await t.execute(UPDATE, { i: { itemId: shown.id, location: '过期的修改', version: shown.version } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.message).toMatch(/^涉案财物已被他人修改/);
    expect(await read()).toEqual(now);

    const current = await t.execute(UPDATE, { i: { itemId: shown.id, location: '区局二号库', version: now.version } });
    expect(current.errors).toBeUndefined();
    expect(current.data!.updateSeizedItem).toMatchObject({ location: '区局二号库', version: now.version + 1 });
  });
});
