import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { peerSettings } from './common';

/**
 * Stock @apollo/gateway on @apollo/server's standalone server, as its documentation sets it up; the only addition
 * is forwarding the caller's Authorization header, without which our subgraphs answer nothing.
 */
const { supergraphSdl, port } = peerSettings();

class ForwardAuthorization extends RemoteGraphQLDataSource<{ authorization?: string }> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<{ authorization?: string }>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

const server = new ApolloServer<{ authorization?: string }>({
  gateway: new ApolloGateway({ supergraphSdl, buildService: ({ url }) => new ForwardAuthorization({ url }) }),
});
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`apollo-stock ready at ${url}`);
