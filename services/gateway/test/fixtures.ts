import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createLogger, type HttpApp, serveGraphQL } from '@shian/server';
import { parse } from 'graphql';

interface FixtureContext {
  authorization?: string;
}

/** Two tiny subgraphs sharing `Thing`: alpha owns its name (and a self-reference for deep queries), beta adds a score. */
export const ALPHA_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { things(first: Int): [Thing!]!  whoami: String }
  type Thing @key(fields: "id") { id: ID!  name: String!  parent: Thing  siblings(first: Int): [Thing!]! }
`;

export const BETA_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { betaEcho: String }
  type Thing @key(fields: "id") { id: ID!  score: Int }
`;

const things = [
  { id: '1', name: '一号' },
  { id: '2', name: '二号' },
];

const resolvers = {
  alpha: {
    Query: {
      things: () => things,
      whoami: (_: unknown, __: unknown, ctx: FixtureContext) => ctx.authorization ?? null,
    },
    Thing: {
      __resolveReference: ({ id }: { id: string }) => things.find((t) => t.id === id),
      parent: (thing: { id: string }) => things.find((t) => t.id !== thing.id),
      siblings: (thing: { id: string }) => things.filter((t) => t.id !== thing.id),
    },
  },
  beta: {
    Query: { betaEcho: (_: unknown, __: unknown, ctx: FixtureContext) => ctx.authorization ?? null },
    Thing: { __resolveReference: ({ id }: { id: string }) => ({ id, score: Number(id) * 10 }) },
  },
};

export async function startFixture(name: 'alpha' | 'beta'): Promise<HttpApp> {
  const typeDefs = parse(name === 'alpha' ? ALPHA_SDL : BETA_SDL);
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers[name] as any });
  const logger = createLogger(name);
  return serveGraphQL<FixtureContext>({
    name,
    port: 0,
    host: '127.0.0.1',
    apollo: new ApolloServer<FixtureContext>({ schema, logger }),
    context: async (req) => ({ authorization: req.headers.authorization }),
    logger,
  });
}
