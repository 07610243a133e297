import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GATEWAY_CREDENTIAL_HEADER, type GatewayCredentials } from '@shian/auth';
import type { Logger } from '@shian/server';
import { GraphQLError, type GraphQLFormattedError, Kind, parse } from 'graphql';
import { Agent, type Dispatcher, request } from 'undici';
import type { GatewayContext } from './auth';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** The subgraphs a supergraph names, with the URLs it was composed with (read from its `join__Graph` enum). */
export function subgraphsInSupergraph(supergraphSdl: string): SubgraphEndpoint[] {
  const document = parse(supergraphSdl);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    return (definition.values ?? []).map((value) => {
      const args = value.directives?.find((d) => d.name.value === 'join__graph')?.arguments ?? [];
      const arg = (name: string) => {
        const found = args.find((a) => a.name.value === name)?.value;
        return found?.kind === Kind.STRING ? found.value : '';
      };
      return { name: arg('name') || value.name.value.toLowerCase(), url: arg('url') };
    });
  }
  throw new Error('Not a supergraph: no join__Graph enum');
}

/** Health URL next to a subgraph's GraphQL endpoint (`…/graphql` → `…/health`). */
export function healthUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '')}/health`;
  url.search = '';
  return url.toString();
}

/**
 * One keep-alive connection pool for every subgraph call. Its idle timeout stays below the subgraphs' server
 * keep-alive (65 s in @shian/server), so the gateway never reuses a socket the subgraph is closing.
 *
 * Calls go through undici's `request`, not its WHATWG `fetch`: the gateway only needs status, headers and the body,
 * and fetch's Request/Response/stream objects, plus an AbortSignal per call for the timeout, were the largest
 * part of the gateway's own CPU per request in the benchmark (docs/benchmarks.md). The timeout is undici's: time
 * to the response's headers, and between two chunks of its body.
 */
export function createSubgraphFetcher(timeoutMs: number) {
  const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 128 });
  const fetcher: Fetcher = async (url, init) => {
    const response = await request(url, {
      method: (init?.method ?? 'POST') as Dispatcher.HttpMethod,
      headers: init?.headers as Record<string, string>,
      body: init?.body as string | undefined,
      dispatcher: agent,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    return new SubgraphResponse(response) as unknown as FetcherResponse;
  };
  return { fetcher, agent, close: () => agent.close() };
}

/** The part of a fetch Response that the gateway's data sources read. */
class SubgraphResponse {
  readonly status: number;
  readonly statusText = '';
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };

  constructor(private readonly response: Dispatcher.ResponseData) {
    this.status = response.statusCode;
    this.ok = response.statusCode >= 200 && response.statusCode < 300;
    const raw = response.headers;
    this.headers = {
      get: (name) => {
        const value = raw[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  json(): Promise<unknown> {
    return this.response.body.json();
  }

  text(): Promise<string> {
    return this.response.body.text();
  }
}

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/**
 * A subgraph data source that forwards the caller's Authorization header beside the gateway's own credential
 * (without which a subgraph answers nothing), and turns "the subgraph cannot be
 * reached" into an ordinary GraphQL error for that subgraph's fields only (the gateway adds `serviceName`), so
 * the rest of the query still answers.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  readonly logger: Logger;
  private readonly credentials: GatewayCredentials;

  constructor(config: {
    name: string;
    url: string;
    logger: Logger;
    fetcher: Fetcher;
    credentials: GatewayCredentials;
  }) {
    super({ url: config.url, fetcher: config.fetcher });
    this.name = config.name;
    this.logger = config.logger;
    this.credentials = config.credentials;
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]) {
    const authorization = (context as GatewayContext | undefined)?.authorization;
    if (authorization) request.http?.headers.set('authorization', authorization);
    // The cached credential, a string: no signature and no await on the request path but once per half-minute.
    const credential = this.credentials.credentialFor(this.name);
    if (typeof credential === 'string') {
      request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, credential);
      return;
    }
    return credential.then((signed) => {
      request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, signed);
    });
  }

  override async process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0]) {
    try {
      return await super.process(options);
    } catch (error) {
      return { errors: this.toGraphQLErrors(error) };
    }
  }

  /**
   * A non-2xx answer that carries GraphQL errors (a subgraph refusing with 401/400) passes those errors on;
   * anything else non-2xx means the subgraph is not serving.
   */
  override async errorFromResponse(response: FetcherResponse) {
    const body = await this.parseBody(response).catch(() => undefined);
    const errors = (body as { errors?: GraphQLFormattedError[] } | undefined)?.errors;
    if (Array.isArray(errors) && errors[0]?.message) {
      return new SubgraphErrors(errors);
    }
    return new GraphQLError(`HTTP ${response.status} ${response.statusText}`);
  }

  private toGraphQLErrors(error: unknown): GraphQLFormattedError[] {
    if (error instanceof SubgraphErrors) return error.errors;
    const code = (error as { code?: string } | undefined)?.code;
    const timedOut =
      error instanceof Error &&
      (error.name === 'TimeoutError' ||
        error.name === 'AbortError' ||
        code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT');
    this.logger.warn({ subgraph: this.name, url: this.url, err: error }, 'subgraph unavailable');
    return [
      {
        message: timedOut ? `子图 ${this.name} 响应超时` : `子图 ${this.name} 不可用`,
        extensions: { code: SUBGRAPH_UNAVAILABLE },
      },
    ];
  }
}

class SubgraphErrors extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}
