import {
  cacheExchange,
  type Client,
  createClient as createUrqlClient,
  fetchExchange,
  makeOperation,
  mapExchange,
  type Operation,
} from '@urql/core';
import type { TokenKeeper } from './auth';
import { graphqlEndpoint } from './endpoint';
import { isUnauthenticated } from './errors';

export interface ShianClientOptions {
  /** The gateway's base URL (`http://localhost:4000`) or its `/graphql` endpoint. */
  gatewayUrl: string;
  /** Read on every request, so that signing in again needs no new client. */
  getToken: () => string | null | undefined;
  /**
   * Called when the gateway answers UNAUTHENTICATED (expired or revoked token): the host signs the user out, or an
   * embed gets a fresh token and runs `operation` again.
   */
  onUnauthenticated?: (operation: Operation) => void;
  /** Called as each operation goes out (an embed notes which token it went with). */
  onOperation?: (operation: Operation) => void;
}

/** A fresh `Idempotency-Key`: a UUID (crypto.randomUUID needs a secure context, which localhost and https are). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Every mutation goes out with an `Idempotency-Key` header: the one its form chose (`context.idempotencyKey`, kept
 * across a retry of the same submission by `useMutation`), else a fresh one. The subgraphs answer a create sent
 * again under the same key with its first result, so a retry after a timeout never writes twice.
 */
function withIdempotencyKey(operation: Operation): Operation {
  const key = (operation.context.idempotencyKey as string | undefined) ?? newIdempotencyKey();
  const base = operation.context.fetchOptions;
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: () => {
      const init = (typeof base === 'function' ? base() : base) ?? {};
      return { ...init, headers: { ...(init.headers as Record<string, string>), 'idempotency-key': key } };
    },
  });
}

/** The one GraphQL client of a page: the host creates it and shares it with every remote. */
export function createClient(options: ShianClientOptions): Client {
  return createUrqlClient({
    url: graphqlEndpoint(options.gatewayUrl),
    // Apollo Server's CSRF protection refuses simple GET requests: always POST JSON.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onOperation(operation) {
          options.onOperation?.(operation);
          return operation.kind === 'mutation' ? withIdempotencyKey(operation) : operation;
        },
        onError(error, operation) {
          if (isUnauthenticated(error)) options.onUnauthenticated?.(operation);
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

/**
 * An embed's client: its token comes from a TokenKeeper, and a query the gateway refused as UNAUTHENTICATED (the
 * token expired while the page slept, say) runs again once with a fresh token. A second refusal in a row is shown.
 */
export function createRefreshingClient(gatewayUrl: string, keeper: TokenKeeper): Client {
  // The token each operation last went out with: a refusal of an older token than the current one needs no refresh.
  const sentWith = new Map<number, string | null>();
  const client: Client = createClient({
    gatewayUrl,
    getToken: () => keeper.current(),
    onOperation(operation) {
      if (operation.kind === 'teardown') sentWith.delete(operation.key);
      else sentWith.set(operation.key, keeper.current());
    },
    onUnauthenticated(operation) {
      if (operation.kind !== 'query') return;
      const refused = sentWith.get(operation.key) ?? null;
      const current = keeper.current();
      const fresh = current !== refused ? Promise.resolve(current) : keeper.refresh();
      void fresh.then((token) => {
        // A token that was itself refused is not tried twice: the error stays on screen.
        if (!token || token === refused) return;
        client.reexecuteOperation(
          makeOperation(operation.kind, operation, { ...operation.context, requestPolicy: 'network-only' }),
        );
      });
    },
  });
  return client;
}
