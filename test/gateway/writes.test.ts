import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '@shian/codes';
import { describe, expect, it } from 'vitest';
import { codes, data, gql } from '../harness/graphql';

const officer = { as: 'officer' };

/** A valid 统一社会信用代码 nobody has used yet (random organisation code, correct check character). */
function freshCreditCode(): string {
  let body = '92511902';
  while (body.length < 17) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)];
  return body + creditCodeCheckCharacter(body);
}

const CREATE = `mutation ($input: EntityInput!) {
  createEntity(input: $input) { id name creditCode category status township { id } }
}`;

const input = (overrides: Record<string, unknown> = {}) => ({
  name: `巴州区测试食品店${Date.now() % 100000}`,
  creditCode: freshCreditCode(),
  category: 'FOOD_SELLER',
  townshipId: '511902001',
  address: '巴中市巴州区江北大道1号',
  legalRepresentative: '王测试',
  ...overrides,
});

const total = async () => (await data(officer, '{ entities(first: 0) { totalCount } }')).entities.totalCount as number;

describe('createEntity through the gateway', () => {
  it('refuses an invalid 统一社会信用代码 with BAD_USER_INPUT and writes nothing', async () => {
    const before = await total();
    const good = freshCreditCode();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const result = await gql(officer, CREATE, { input: input({ creditCode: wrongCheck }) });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('统一社会信用代码');
    expect(result.errors?.[0]?.extensions?.field).toBe('creditCode');
    expect(result.data?.createEntity ?? null).toBeNull();
    expect(await total()).toBe(before);
  });

  it('creates a valid entity, which the register then lists', async () => {
    const before = await total();
    const values = input();
    const { createEntity } = await data(officer, CREATE, { input: values });
    expect(createEntity).toMatchObject({
      name: values.name,
      creditCode: values.creditCode,
      township: { id: '511902001' },
    });
    expect(await total()).toBe(before + 1);

    const again = await gql(officer, CREATE, { input: { ...values, name: `${values.name}(重复)` } });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(await total()).toBe(before + 1);
  });

  it('lets the township user write only inside their township', async () => {
    const result = await gql({ as: 'township' }, CREATE, { input: input({ townshipId: '511902002' }) });
    expect(codes(result)[0]).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
    expect(result.data?.createEntity ?? null).toBeNull();
  });
});
