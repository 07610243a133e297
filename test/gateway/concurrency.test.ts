import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { data, type GraphQLResult, gql, tokenFor } from '../harness/graphql';
import { platform } from '../harness/platform';

/**
 * Nothing lost, nothing doubled, through the real gateway and subgraphs: a create sent twice under one
 * Idempotency-Key is one record; 50 concurrent numbered creates get 50 distinct numbers and none is refused; 20
 * concurrent edits of one record at one version: exactly one wins, the others are told CONFLICT.
 */

const officer = { as: 'officer' };
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A call carrying an Idempotency-Key, as the GraphQL client sends every mutation. */
async function withKey<T = Record<string, any>>(
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  const response = await fetch(`${platform().gatewayUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor('officer')}`,
      'idempotency-key': key,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResult<T>['errors'] };
  return { status: response.status, ...body };
}

const CLUE = 'mutation($i: ClueInput!) { createClue(input: $i) { id version } }';
const clueInput = (title: string) => ({
  title,
  source: 'COMPLAINT',
  entityId: 'E0050',
  receivedOn: today,
  description: '网关并发测试线索',
});

const partyCases = async () =>
  (await data(officer, '{ cases(filter: { entityId: "E0050" }) { totalCount } }')).cases.totalCount as number;

describe('writes under retries and concurrency, through the gateway', () => {
  it('the same create sent twice with one idempotency key is one record', async () => {
    const key = randomUUID();
    const title = `幂等线索${key.slice(0, 8)}`;
    const before = await partyCases();
    const first = await withKey(key, CLUE, { i: clueInput(title) });
    expect(first.errors).toBeUndefined();
    const [again, concurrent] = await Promise.all([
      withKey(key, CLUE, { i: clueInput(title) }),
      withKey(key, CLUE, { i: clueInput(title) }),
    ]);
    expect(again.data).toEqual(first.data);
    expect(concurrent.data).toEqual(first.data);
    // One record: the repeats answered with the first one's id, and the party's cases grew by one.
    expect(await partyCases()).toBe(before + 1);
    // The key names that one submission: another input under it is refused.
    const other = await withKey(key, CLUE, { i: clueInput(`${title}(改)`) });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('50 concurrent notices get 50 distinct 文号, none refused', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(officer, 'mutation($i: NoticeInput!) { sendNotice(input: $i) { id number } }', {
          i: {
            kind: 'PROMPT_LETTER',
            townshipId: '511902001',
            title: `并发提示函${i}`,
            content: '网关并发测试',
            sentOn: today,
          },
        }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const numbers = results.map((r) => r.data!.sendNotice.number as string);
    expect(new Set(numbers).size).toBe(50);
  });

  it('20 concurrent edits of one case at one version: exactly one wins, 19 CONFLICT', async () => {
    const clue = (await data(officer, CLUE, { i: clueInput(`并发修改${randomUUID().slice(0, 8)}`) })).createClue;
    const edits = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(officer, 'mutation($i: CaseUpdateInput!) { updateCase(input: $i) { id version } }', {
          i: { caseId: clue.id, version: clue.version, title: `并发修改后${i}` },
        }),
      ),
    );
    expect(edits.filter((e) => !e.errors?.length)).toHaveLength(1);
    expect(edits.filter((e) => e.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
  });
});
