import { randomUUID } from 'node:crypto';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

const CLUE = 'mutation($i: ClueInput!) { createClue(input: $i) { id version } }';
const MOVE = 'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id number version } }';
const UPDATE = 'mutation($i: CaseUpdateInput!) { updateCase(input: $i) { id title version } }';
const clueInput = (title: string) => ({
  title,
  source: 'COMPLAINT',
  entityId: 'E0050',
  townshipId: '511902002',
  receivedOn: daysAgo(20),
  description: '并发测试线索',
});

describe.each(await dialects())('enforcement under concurrency on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  it('50 concurrent clues filed at once get 50 distinct case numbers, none refused', async () => {
    const clues = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.execute(CLUE, { i: clueInput(`并发立案${i}`) })),
    );
    for (const clue of clues) expect(clue.errors).toBeUndefined();
    const filed = await Promise.all(
      clues.map(({ data }) =>
        t.execute(MOVE, {
          i: {
            caseId: data!.createClue.id,
            version: data!.createClue.version,
            to: 'FILED',
            on: daysAgo(18),
            officerIds: ['IN05', 'IN06'],
            violations: ['EXPIRED'],
          },
        }),
      ),
    );
    for (const result of filed) expect(result.errors).toBeUndefined();
    const numbers = filed.map((result) => result.data!.moveCase.number as string);
    expect(new Set(numbers).size).toBe(50);
    for (const n of numbers) expect(n).toMatch(/^巴州市监罚立〔\d{4}〕\d+号$/);
  });

  it('20 concurrent edits of one case at one version: exactly one wins, 19 CONFLICT', async () => {
    const clue = (await t.execute(CLUE, { i: clueInput('并发修改') })).data!.createClue;
    const edits = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.execute(UPDATE, { i: { caseId: clue.id, version: clue.version, title: `修改${i}` } }),
      ),
    );
    const won = edits.filter((e) => !e.errors);
    expect(won).toHaveLength(1);
    expect(edits.filter((e) => e.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const now = await t.execute('query($id: ID!) { case(id: $id) { title version history { action } } }', {
      id: clue.id,
    });
    expect(now.data?.case).toMatchObject({ title: won[0].data!.updateCase.title, version: clue.version + 1 });
    expect(now.data?.case.history).toHaveLength(2);
  });

  it('a clue sent twice with one idempotency key is one case', async () => {
    const key = randomUUID();
    const title = `幂等线索${key.slice(0, 8)}`;
    const [a, b] = await Promise.all([
      t.execute(CLUE, { i: clueInput(title) }, { idempotencyKey: key }),
      t.execute(CLUE, { i: clueInput(title) }, { idempotencyKey: key }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    const again = await t.execute(CLUE, { i: clueInput(title) }, { idempotencyKey: key });
    expect(again).toEqual(a);
    const rows = await t.orm.em
      .fork()
      .getConnection()
      .execute('select count(*) as n from case_file where title = ?', [title]);
    expect(Number(rows[0].n)).toBe(1);
  });
});
