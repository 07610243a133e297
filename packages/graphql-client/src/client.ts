import { cacheExchange, type Client, createClient as createUrqlClient, fetchExchange, mapExchange } from '@urql/core';
import { graphqlEndpoint } from './endpoint';
import { isUnauthenticated } from './errors';

export interface ShianClientOptions {
  /** The gateway's base URL (`http://localhost:4000`) or its `/graphql` endpoint. */
  gatewayUrl: string;
  /** Read on every request, so that signing in again needs no new client. */
  getToken: () => string | null | undefined;
  /** Called when the gateway answers UNAUTHENTICATED (expired or revoked token): the host signs the user out. */
  onUnauthenticated?: () => void;
}

/** The one GraphQL client of a page: the host creates it and shares it with every remote. */
export function createClient(options: ShianClientOptions): Client {
  return createUrqlClient({
    url: graphqlEndpoint(options.gatewayUrl),
    // Apollo Server's CSRF protection refuses simple GET requests: always POST JSON.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) options.onUnauthenticated?.();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => {
      const token = options.getToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
