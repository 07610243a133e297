/**
 * A subgraph of the schema-reload test, run as its own process so that it can be restarted in a new version while
 * the gateway keeps running:
 *
 *   node --import @swc-node/register/esm-register test/reload-fixture.ts <shelf|clock> <port>
 *
 * `shelf` with RELOAD_FIXTURE_EXTRA=1 is its next release: one field more (`Shelf.label`). `clock` never changes;
 * the test's background load queries it across every swap.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createLogger, serveGraphQL, shutdownOnSignals } from '@shian/server';
import { parse } from 'graphql';
import { pathToFileURL } from 'node:url';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

export const shelfSdl = (extra: boolean) => `
  ${LINK}
  type Query { shelves: [Shelf!]! }
  type Shelf @key(fields: "id") { id: ID!  title: String! ${extra ? ' label: String' : ''} }
`;

export const CLOCK_SDL = `
  ${LINK}
  type Query { ticks: Int! }
`;

const shelves = [
  { id: '1', title: '一号货架', label: '冷藏' },
  { id: '2', title: '二号货架', label: '常温' },
];

let ticks = 0;
const subgraphs = {
  shelf: () => ({
    typeDefs: shelfSdl(process.env.RELOAD_FIXTURE_EXTRA === '1'),
    resolvers: {
      Query: { shelves: () => shelves },
      Shelf: { __resolveReference: ({ id }: { id: string }) => shelves.find((s) => s.id === id) },
    },
  }),
  clock: () => ({ typeDefs: CLOCK_SDL, resolvers: { Query: { ticks: () => ++ticks } } }),
};

const [name, port] = process.argv.slice(2);
// The test imports the SDLs from here; only the process it starts serves.
const isEntry = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isEntry && (name === 'shelf' || name === 'clock')) {
  const { typeDefs, resolvers } = subgraphs[name]();
  const logger = createLogger(name);
  const app = await serveGraphQL({
    name,
    port: Number(port),
    host: '127.0.0.1',
    apollo: new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    }),
    context: async () => ({}),
    logger,
  });
  shutdownOnSignals(app, logger);
}
