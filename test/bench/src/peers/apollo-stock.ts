import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { peerSettings } from './common';

/**
 * Stock @apollo/gateway on @apollo/server's standalone server, as its documentation sets it up; the only addition
 * is forwarding the caller's Authorization header and sending the gateway credential (signed by the bench, see
 * common.ts), without which our subgraphs answer nothing.
 */
const { supergraphSdl, port, credentials } = peerSettings();

class ForwardAuthorization extends RemoteGraphQLDataSource<{ authorization?: string }> {
  constructor(
    config: { url?: string },
    private readonly credential: string | undefined,
  ) {
    super(config);
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<{ authorization?: string }>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (this.credential) request.http?.headers.set('x-shian-gateway', this.credential);
  }
}

const server = new ApolloServer<{ authorization?: string }>({
  gateway: new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new ForwardAuthorization({ url }, credentials[name]),
  }),
});
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`apollo-stock ready at ${url}`);
