import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import http from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { peerSettings } from './common';

/**
 * Hive Gateway's runtime on a plain Node http server: its default planner, or with HIVE_PLANNER=router the Rust
 * query planner of @graphql-hive/router-runtime. It forwards the caller's Authorization header to the subgraphs,
 * with the gateway credential each subgraph requires (signed by the bench: see common.ts).
 */
const { supergraphSdl, port, credentials } = peerSettings();
const router = process.env.HIVE_PLANNER === 'router';

const gateway = createGatewayRuntime({
  supergraph: () => supergraphSdl,
  transports: { http },
  logging: 'error',
  landingPage: false,
  graphqlEndpoint: '/graphql',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => ({
      authorization: request.headers.get('authorization'),
      'x-shian-gateway': credentials[subgraphName.toLowerCase()],
    }),
  },
  ...(router ? { unifiedGraphHandler } : {}),
});

const server = createServer(gateway);
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () =>
  console.log(`hive (${router ? 'router runtime' : 'default planner'}) ready on ${port}`),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  });
}
