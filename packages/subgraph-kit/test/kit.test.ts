import { createPrivateKey } from 'node:crypto';
import { DEVELOPMENT_GATEWAY_PRIVATE_KEY, generateGatewayKeyPair, signGatewayCredential, signToken } from '@shian/auth';
import { describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { encodeCursor } from '../src/cursor';
import { buildFederatedSchema } from '../src/schema';
import { dialects, testSubgraph } from '../src/testing';
import fixture, { RESTRICTED_TITLE } from './fixture/src/schema';

describe.each(await dialects())('subgraph kit on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });

  it('publishes a Federation 2 subgraph with a shareable PageInfo', async () => {
    expect(t.runtime.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(t.runtime.sdl).toMatch(/type Book @key\(fields: "id"\)/);
    expect(t.runtime.sdl).toMatch(/type PageInfo @shareable/);
    expect(t.runtime.sdl).not.toContain('ConnectionType');
    const res = await t.execute('{ _service { sdl } shelves { totalCount } }');
    expect(res.data?.shelves.totalCount).toBe(3);
    expect(res.errors).toBeUndefined();
  });

  it('pages with first/after, default 20, and refuses more than 100', async () => {
    const first = await t.execute('{ books { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }');
    expect(first.data?.books.totalCount).toBe(150);
    expect(first.data?.books.nodes).toHaveLength(20);
    const next = await t.execute(
      'query($after: String) { books(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage } } }',
      {
        after: first.data?.books.pageInfo.endCursor,
      },
    );
    expect(next.data?.books.nodes[0].id).toBe('b020');
    expect(next.data?.books.nodes).toHaveLength(100);
    const tooMany = await t.execute('{ books(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toContain('100');
    const badCursor = await t.execute('{ books(after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0].extensions?.field).toBe('after');
  });

  it('counts only when totalCount is asked for, and not at all on the last page', async () => {
    const withoutCount = await t.countStatements(() =>
      t.execute('{ books(first: 10) { nodes { id } pageInfo { hasNextPage endCursor } } }'),
    );
    expect(withoutCount.result.data?.books.pageInfo.hasNextPage).toBe(true);
    expect(withoutCount.statements).toBe(1);
    const withCount = await t.countStatements(() => t.execute('{ books(first: 10) { totalCount } }'));
    expect(withCount.result.data?.books.totalCount).toBe(150);
    expect(withCount.statements).toBe(2);
    const last =
      'query($after: String) { books(first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage } } }';
    const lastPage = await t.countStatements(() => t.execute(last, { after: encodeCursor(100) }));
    expect(lastPage.result.data?.books).toMatchObject({ totalCount: 150, pageInfo: { hasNextPage: false } });
    expect(lastPage.result.data?.books.nodes).toHaveLength(50);
    expect(lastPage.statements).toBe(1);
    const pastTheEnd = await t.execute(last, { after: encodeCursor(200) });
    expect(pastTheEnd.data?.books).toMatchObject({ totalCount: 150, nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('batches a per-parent list with arguments over 100 references into one statement', async () => {
    const refs = Array.from({ length: 100 }, (_, i) => ({ __typename: 'Book', id: `b${String(i).padStart(3, '0')}` }));
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Book { shelfmates(first: 2) { totalCount } } } }';
    for (let run = 0; run < 3; run++) {
      const result = await t.countStatements(() => t.execute(query, { r: refs }));
      expect(result.result.data?._entities[0].shelfmates.totalCount).toBe(50);
      // One for the references, one for every shelf's books: not one per parent, nor a few batches.
      expect(result.statements).toBe(2);
    }
  });

  it('resolves a reference the caller may not see to null with FORBIDDEN, never the record', async () => {
    const res = await t.execute('query($r: [_Any!]!) { _entities(representations: $r) { ... on Book { id title } } }', {
      r: [
        { __typename: 'Book', id: 'b000' },
        { __typename: 'Book', id: 'b149' },
        { __typename: 'Book', id: 'nope' },
      ],
    });
    expect(res.data?._entities).toEqual([{ id: 'b000', title: 'Title 000' }, null, null]);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: ['_entities', 1], extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(res)).not.toContain(RESTRICTED_TITLE);
  });

  it('still validates arguments with class-validator', async () => {
    expect((await t.execute('{ search(term: "abc") }')).data?.search).toBe(3);
    const refused = await t.execute('{ search(term: "abcdefgh") }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.data).toBeNull();
  });

  it('resolves nested fields and references in a fixed number of statements', async () => {
    const query = (n: number) => `{ books(first: ${n}) { nodes { title shelf { label } } } }`;
    const ten = await t.countStatements(() => t.execute(query(10)));
    const hundred = await t.countStatements(() => t.execute(query(100)));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.statements).toBe(ten.statements);
    const refs = Array.from({ length: 50 }, (_, i) => ({ __typename: 'Book', id: `b${String(i).padStart(3, '0')}` }));
    const entities = await t.countStatements(() =>
      t.execute('query($r: [_Any!]!) { _entities(representations: $r) { ... on Book { id title } } }', { r: refs }),
    );
    expect(entities.result.data?._entities).toHaveLength(50);
    expect(entities.statements).toBe(1);
  });

  it('refuses anonymous, unsigned and expired callers with UNAUTHENTICATED', async () => {
    const anonymous = await t.execute('{ books { totalCount } }', {}, { as: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const officer = { username: 'officer', name: 'x', role: 'officer' as const };
    const forged = (await signToken(officer, { secret: 'not-the-secret' })).token;
    const unsigned = await t.execute('{ books { totalCount } }', {}, { authorization: `Bearer ${forged}` });
    expect(unsigned.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const stale = (await signToken(officer, { expiresIn: -60 })).token;
    const expired = await t.execute('{ books { totalCount } }', {}, { authorization: `Bearer ${stale}` });
    expect(expired.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(expired.errors?.[0].message).toContain('过期');
  });

  it('answers FORBIDDEN to partners and BAD_USER_INPUT with the field, writing nothing', async () => {
    const partner = await t.execute('{ books { totalCount } }', {}, { as: 'police' });
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.execute('mutation { addBook(id: "x1", title: " ") { id } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const count = await t.execute('{ books { totalCount } }');
    expect(count.data?.books.totalCount).toBe(150);
  });

  it('masks internal errors', async () => {
    const res = await t.execute('{ broken }');
    expect(res.errors?.[0].message).toBe('服务器内部错误');
    expect(JSON.stringify(res)).not.toContain('postgres://');
    const duplicate = await t.execute('mutation { addBook(id: "b000", title: "again") { id } }');
    expect(duplicate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("hands resolvers the caller's Authorization header, for calls made on the caller's behalf", async () => {
    const credential = await signGatewayCredential(createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY), 'kit-fixture');
    const context = await t.runtime.contextFor('Bearer not-checked-here', credential);
    expect(context.authorization).toBe('Bearer not-checked-here');
    expect((await t.runtime.contextFor(undefined, credential)).authorization).toBeUndefined();
  });

  it('answers only calls that carry a valid gateway credential, whatever user token they carry', async () => {
    const gatewayKey = createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY);
    const refused = async (gatewayCredential: string | null, as = 'officer') => {
      const res = await t.execute('{ books(first: 1) { totalCount } }', {}, { as, gatewayCredential });
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      return res.errors?.[0].message;
    };
    for (const as of ['admin', 'officer', 'police']) expect(await refused(null, as)).toContain('子图只接受网关的请求');
    const forged = createPrivateKey(generateGatewayKeyPair().privateKey);
    expect(await refused(await signGatewayCredential(forged, 'kit-fixture'))).toContain('无效');
    expect(await refused(await signGatewayCredential(gatewayKey, 'entities'))).toContain('不是签发给本子图的');
    expect(await refused(await signGatewayCredential(gatewayKey, 'kit-fixture', 60, Date.now() - 120_000))).toContain(
      '过期',
    );
    expect(await refused('Bearer not-a-credential')).toContain('无效');
    // Introspection and the federation entry points are refused as well.
    for (const query of ['{ __schema { types { name } } }', '{ _service { sdl } }']) {
      const res = await t.execute(query, {}, { as: null, gatewayCredential: null });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }

    const accepted = await t.execute(
      '{ books(first: 1) { totalCount } }',
      {},
      { gatewayCredential: await signGatewayCredential(gatewayKey, 'kit-fixture') },
    );
    expect(accepted).toEqual({ data: { books: { totalCount: 150 } } });
    // With a valid credential the user's token is still checked: no token, no answer.
    const anonymous = await t.execute('{ books(first: 1) { totalCount } }', {}, { as: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0].message).not.toContain('网关');
  });
});

describe('the schema the kit builds', () => {
  it("leaves plain property fields to graphql-js's default resolver and keeps every other resolver", async () => {
    const { schema } = await buildFederatedSchema(fixture);
    const book = (schema.getType('Book') as GraphQLObjectType).getFields();
    expect(book.id?.resolve).toBeUndefined();
    expect(book.title?.resolve).toBeUndefined();
    // Field resolvers, and personal data (wrapped so that its reads are recorded), keep theirs.
    expect(book.shelf?.resolve).toBeTypeOf('function');
    expect(book.keeperContact?.resolve).toBeTypeOf('function');
    expect(book.contactPhone?.resolve).toBeTypeOf('function');
    // A connection's totalCount is a getter of the page: the default resolver reads it as type-graphql's did.
    const page = (schema.getType('BookConnection') as GraphQLObjectType).getFields();
    expect(page.totalCount?.resolve).toBeUndefined();
  });
});
