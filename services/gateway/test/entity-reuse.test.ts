import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DEMO_USERS, signToken } from '@shian/auth';
import { createLogger, type HttpApp, serveGraphQL } from '@shian/server';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeSupergraph, type Gateway, startGateway } from '../src';
import { EntityReuse, entityKeysInSupergraph, reusableSubgraphs } from '../src/entity-reuse';

/**
 * The plan's fetches per subgraph (src/entity-reuse.ts): `alpha` owns things and their names, `beta` points from
 * a thing back to other things (`related`, `friends`), so a query goes alpha → beta → alpha again. The same query
 * runs through a gateway that reuses what the operation has read and one that does not (Apollo's plan as is);
 * both must answer alike, the first with fewer fetches.
 */
const ALPHA_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { things(first: Int!): [Thing!]! }
  type Mutation { rename(id: ID!, name: String!): Thing! }
  type Thing @key(fields: "id") { id: ID!  name: String!  tags: [String!]!  nick(upper: Boolean): String  secret: String }
`;
const BETA_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { betaThing(id: ID!): Thing }
  type Thing @key(fields: "id") { id: ID!  score: Int  related: Thing  friends: [Thing!]! }
`;

const NAMES: Record<string, string> = { '1': '一号', '2': '二号', '3': '三号' };
const RELATED: Record<string, string> = { '1': '2', '2': '1', '3': '1' };
const FRIENDS: Record<string, string[]> = { '1': ['3', '3', '2', '3'], '2': ['1'], '3': [] };

/** What alpha received: per request, the number of representations (undefined: a root fetch). */
let alphaRequests: (number | undefined)[] = [];

const thing = (id: string) => ({ id, name: NAMES[id], tags: [`t${id}`] });

function counting(count: (variables: Record<string, unknown> | undefined) => void): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      count(request.variables);
    },
  };
}

async function startSubgraph(name: 'alpha' | 'beta'): Promise<HttpApp> {
  const resolvers =
    name === 'alpha'
      ? {
          Query: { things: (_: unknown, { first }: { first: number }) => ['1', '2', '3'].slice(0, first).map(thing) },
          Mutation: {
            rename: (_: unknown, { id, name }: { id: string; name: string }) => {
              NAMES[id] = name;
              return thing(id);
            },
          },
          Thing: {
            __resolveReference: ({ id }: { id: string }) => thing(id),
            nick: (t: { name: string }, { upper }: { upper?: boolean }) => (upper ? `${t.name}!` : t.name),
            secret: (t: { id: string }) => {
              if (t.id === '2') throw new GraphQLError('不给看');
              return `s${t.id}`;
            },
          },
        }
      : {
          Query: { betaThing: (_: unknown, { id }: { id: string }) => ({ id }) },
          Thing: {
            __resolveReference: ({ id }: { id: string }) => ({ id }),
            score: (t: { id: string }) => Number(t.id) * 10,
            related: (t: { id: string }) => ({ id: RELATED[t.id] }),
            friends: (t: { id: string }) => (FRIENDS[t.id] ?? []).map((id) => ({ id })),
          },
        };
  const schema = buildSubgraphSchema({
    typeDefs: parse(name === 'alpha' ? ALPHA_SDL : BETA_SDL),
    resolvers: resolvers as any,
  });
  const plugin = counting((variables) => {
    if (name === 'alpha')
      alphaRequests.push(Array.isArray(variables?.representations) ? variables.representations.length : undefined);
  });
  const logger = createLogger(name);
  return serveGraphQL({
    name,
    port: 0,
    host: '127.0.0.1',
    apollo: new ApolloServer({ schema, logger, plugins: [plugin] }),
    context: async () => ({}),
    logger,
  });
}

describe("a query's fetches per subgraph", () => {
  let alpha: HttpApp;
  let beta: HttpApp;
  let reusing: Gateway;
  let plain: Gateway;
  let token: string;

  beforeAll(async () => {
    [alpha, beta] = await Promise.all([startSubgraph('alpha'), startSubgraph('beta')]);
    const { supergraphSdl } = composeSupergraph([
      { name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL },
      { name: 'beta', url: beta.url, typeDefs: BETA_SDL },
    ]);
    const common = { port: 0, host: '127.0.0.1', supergraphSdl, env: { NODE_ENV: 'development' } };
    [reusing, plain] = await Promise.all([startGateway(common), startGateway({ ...common, reuseEntities: false })]);
    token = (await signToken(DEMO_USERS.find((u) => u.username === 'officer')!)).token;
  });

  afterAll(async () => {
    await Promise.all([reusing?.close(), plain?.close(), alpha?.close(), beta?.close()]);
  });

  beforeEach(() => {
    alphaRequests = [];
  });

  async function post(gateway: Gateway, body: unknown) {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as any;
  }

  /** The answer of each gateway and what alpha received for each. */
  async function both(query: string) {
    alphaRequests = [];
    const withReuse = await post(reusing, { query });
    const reused = alphaRequests;
    alphaRequests = [];
    const without = await post(plain, { query });
    return { withReuse, without, reused, plainRequests: alphaRequests };
  }

  it('answers entities the operation has read without fetching them again', async () => {
    const { withReuse, without, reused, plainRequests } = await both(
      '{ things(first: 2) { id name tags score related { id name label: name tags } } }',
    );
    expect(withReuse).toEqual(without);
    expect(withReuse.data.things[0]).toEqual({
      id: '1',
      name: '一号',
      tags: ['t1'],
      score: 10,
      related: { id: '2', name: '二号', label: '二号', tags: ['t2'] },
    });
    // Apollo's plan: alpha (things), beta (score, related), alpha again (related's name): 2 fetches to alpha.
    expect(plainRequests).toEqual([undefined, 2]);
    expect(reused).toEqual([undefined]);
  });

  it('fetches only the entities not read yet, each once', async () => {
    // Thing 1's friends are 3, 3, 2, 3: the page read only thing 1; 3 and 2 are asked once each.
    const { withReuse, without, reused, plainRequests } = await both(
      '{ things(first: 1) { id name friends { id name } } }',
    );
    expect(withReuse).toEqual(without);
    expect(withReuse.data.things[0].friends.map((f: { name: string }) => f.name)).toEqual([
      '三号',
      '三号',
      '二号',
      '三号',
    ]);
    expect(plainRequests).toEqual([undefined, 4]);
    expect(reused).toEqual([undefined, 2]);
  });

  it('mixes what is known with what is fetched', async () => {
    // Things 1 and 2 are on the page; thing 1's friends add 3.
    const { withReuse, without, reused, plainRequests } = await both(
      '{ things(first: 2) { id name friends { id name } } }',
    );
    expect(withReuse).toEqual(without);
    expect(plainRequests).toEqual([undefined, 5]);
    expect(reused).toEqual([undefined, 1]);
  });

  it('fetches a field with arguments again, and one the operation has not read', async () => {
    const { withReuse, without, reused } = await both(
      '{ things(first: 2) { id nick(upper: true) score related { id nick(upper: true) } } }',
    );
    expect(withReuse).toEqual(without);
    expect(reused).toEqual([undefined, 2]);
    const other = await both('{ things(first: 2) { id name score related { id tags } } }');
    expect(other.withReuse).toEqual(other.without);
    expect(other.reused).toEqual([undefined, 2]);
  });

  it('reuses nothing from an answer with errors, and reports every error as the plan does', async () => {
    const { withReuse, without, reused } = await both('{ things(first: 2) { id secret score related { id secret } } }');
    expect(withReuse).toEqual(without);
    expect(withReuse.errors.map((e: { path: unknown }) => e.path)).toEqual([
      ['things', 1, 'secret'],
      ['things', 0, 'related', 'secret'],
    ]);
    expect(reused).toEqual([undefined, 2]);
  });

  it('never reuses in a mutation', async () => {
    const { withReuse, without, reused } = await both(
      'mutation { rename(id: "1", name: "一号") { id name score related { id name } } }',
    );
    expect(withReuse).toEqual(without);
    expect(reused).toEqual([undefined, 1]);
  });

  it('never reuses across operations, of one batch or of two requests', async () => {
    const page = { query: '{ things(first: 2) { id name } }' };
    const pointing = { query: '{ betaThing(id: "1") { id related { id name } } }' };
    const batch = await post(reusing, [page, pointing]);
    expect(batch[1].data.betaThing.related).toEqual({ id: '2', name: '二号' });
    expect(alphaRequests).toEqual([undefined, 1]);
    alphaRequests = [];
    await post(reusing, page);
    await post(reusing, pointing);
    expect(alphaRequests).toEqual([undefined, 1]);
  });

  it('reads simple keys of each subgraph from the supergraph', () => {
    const { supergraphSdl } = composeSupergraph([
      { name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL },
      { name: 'beta', url: beta.url, typeDefs: BETA_SDL },
    ]);
    const { keys, objectTypes } = entityKeysInSupergraph(supergraphSdl);
    expect(keys.get('alpha')?.get('Thing')).toEqual([['id']]);
    expect(keys.get('beta')?.get('Thing')).toEqual([['id']]);
    expect(objectTypes.has('Thing')).toBe(true);
  });

  it('records the answers only of subgraphs the plan fetches entities from again', () => {
    const fetch = (serviceName: string, entities = false) => ({
      kind: 'Fetch',
      serviceName,
      operation: '{ _ }',
      ...(entities && { requires: [{ kind: 'InlineFragment', typeCondition: 'Thing', selections: [] }] }),
    });
    // Apollo's shapes: alpha → beta → alpha, then alpha and gamma in parallel, a condition and a deferred part.
    const plan = {
      kind: 'QueryPlan',
      node: {
        kind: 'Sequence',
        nodes: [
          fetch('alpha'),
          { kind: 'Flatten', path: ['things', '@'], node: fetch('beta', true) },
          {
            kind: 'Parallel',
            nodes: [
              { kind: 'Flatten', path: ['things', '@', 'related'], node: fetch('alpha', true) },
              { kind: 'Condition', condition: 'v', ifClause: fetch('gamma'), elseClause: fetch('delta', true) },
              { kind: 'Defer', primary: { node: fetch('delta') }, deferred: [{ node: fetch('epsilon', true) }] },
            ],
          },
        ],
      },
    };
    expect([...reusableSubgraphs(plan)].sort()).toEqual(['alpha', 'delta']);

    const { supergraphSdl } = composeSupergraph([
      { name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL },
      { name: 'beta', url: beta.url, typeDefs: BETA_SDL },
    ]);
    const reuse = new EntityReuse(entityKeysInSupergraph(supergraphSdl));
    reuse.recordOnly = new Set(['alpha']);
    const query = '{ _entities(representations: $r) { ... on Thing { id score } } }';
    const answer = { _entities: [{ __typename: 'Thing', id: '1', score: 10 }] };
    reuse.record('beta', query, undefined, answer, false);
    expect(reuse.plan('beta', query, undefined, [{ __typename: 'Thing', id: '1' }])?.known).toEqual([undefined]);
    reuse.recordOnly = undefined;
    reuse.record('beta', query, undefined, answer, false);
    expect(reuse.plan('beta', query, undefined, [{ __typename: 'Thing', id: '1' }])?.known).toEqual([
      { id: '1', score: 10 },
    ]);
  });
});
