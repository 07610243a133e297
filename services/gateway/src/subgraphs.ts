import { RemoteGraphQLDataSource } from '@apollo/gateway';
// Apollo's own reading of a subgraph's Cache-Control, as its RemoteGraphQLDataSource applies it.
import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader.js';
import { GATEWAY_CREDENTIAL_HEADER, type GatewayCredentials } from '@shian/auth';
import { type Logger, propagationHeaders } from '@shian/server';
import { GraphQLError, type GraphQLFormattedError, Kind, parse } from 'graphql';
import { Agent, type Dispatcher, request } from 'undici';
import type { CircuitBreakerPolicy } from 'cockatiel';
import type { GatewayContext } from './auth';
import { type EntityReuse, type EntityReuseRegistry, spliceEntities } from './entity-reuse';
import {
  BrokenCircuitError,
  type BreakerState,
  breakerState,
  DeadlineExceeded,
  type FaultSettings,
  isConnectFailure,
  isTimeout,
  jittered,
  sleep,
  subgraphBreaker,
} from './faults';
import type { FetchObserver, FetchOutcome } from './metrics';

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

/** Internal header carrying a fetch's plan from the data source to its fetcher; removed before sending. */
const FETCH_PLAN_HEADER = 'x-shian-fetch-plan';

export interface SubgraphTransport {
  /** The fetcher of one subgraph's data source: its breaker, the retry and the request's deadline. */
  fetcherFor(name: string): Fetcher;
  /** Each subgraph's breaker state, for `/health`. */
  breakerStates(): Record<string, BreakerState>;
  agent: Agent;
  settings: FaultSettings;
  close(): Promise<void>;
}

/**
 * One keep-alive connection pool for every subgraph call. Its idle timeout stays below the subgraphs' server
 * keep-alive (65 s in @shian/server), so the gateway never reuses a socket the subgraph is closing; a subgraph
 * that dies closes its sockets with it, and undici drops them from the pool as they close (a fetch that races
 * the close fails before any response, and a query's is retried).
 *
 * Calls go through undici's `request`, not its WHATWG `fetch`: the gateway only needs status, headers and the body,
 * and fetch's Request/Response/stream objects, plus an AbortSignal per call for the timeout, were the largest
 * part of the gateway's own CPU per request in the benchmark (docs/benchmarks.md). The timeout is undici's: time
 * to the response's headers, and between two chunks of its body; the request's deadline shortens it, so no timer
 * of our own runs per fetch.
 */
export function createSubgraphTransport(settings: FaultSettings, observer?: FetchObserver): SubgraphTransport {
  const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 128 });
  const breakers = new Map<string, CircuitBreakerPolicy>();

  const send = async (url: string, init: Parameters<Fetcher>[1], timeoutMs: number) => {
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

  const fetcherFor = (name: string): Fetcher => {
    let breaker = breakers.get(name);
    if (!breaker) {
      breaker = subgraphBreaker(settings);
      breakers.set(name, breaker);
    }
    const guarded = breaker;
    const attempt = (url: string, init: Parameters<Fetcher>[1], deadline: number) => {
      if (!observer) return tryOnce(url, init, deadline);
      const started = process.hrtime.bigint();
      const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
      return tryOnce(url, init, deadline).then(
        (response) => {
          observer.fetched(name, response.ok ? 'ok' : 'http_error', seconds());
          return response;
        },
        (error: unknown) => {
          observer.fetched(name, fetchOutcome(error), seconds());
          throw error;
        },
      );
    };
    const tryOnce = (url: string, init: Parameters<Fetcher>[1], deadline: number) => {
      const left = deadline - Date.now();
      if (left <= 0) return Promise.reject(new DeadlineExceeded());
      // Undici times anything over a second on a coarse clock that may fire up to half a second early: the
      // slack keeps the deadline from cutting a fetch before it has passed.
      const budget = left <= 1_000 ? left : left + 500;
      const capped = budget < settings.subgraphTimeoutMs;
      return guarded.execute(() =>
        send(url, init, capped ? budget : settings.subgraphTimeoutMs).catch((error) => {
          // Cut short by the request's deadline: the subgraph did not fail, so its breaker does not count it.
          throw capped && isTimeout(error) ? new DeadlineExceeded() : error;
        }),
      );
    };
    return async (url, init) => {
      const headers = init?.headers as Record<string, string> | undefined;
      const plan = headers?.[FETCH_PLAN_HEADER];
      if (headers && plan !== undefined) delete headers[FETCH_PLAN_HEADER];
      const retryable = plan?.charCodeAt(0) === 113; // 'q'
      const deadline = plan ? Number(plan.slice(2)) || Number.POSITIVE_INFINITY : Number.POSITIVE_INFINITY;
      try {
        return await attempt(url, init, deadline);
      } catch (error) {
        if (!retryable || !isConnectFailure(error)) throw error;
        const pause = jittered(settings.retryDelayMs);
        if (Date.now() + pause >= deadline) throw new DeadlineExceeded();
        await sleep(pause);
        observer?.retried(name);
        return attempt(url, init, deadline);
      }
    };
  };

  const breakerStates = () => Object.fromEntries([...breakers].map(([name, breaker]) => [name, breakerState(breaker)]));
  observer?.watchBreakers(breakerStates);
  return {
    fetcherFor,
    breakerStates,
    agent,
    settings,
    close: () => agent.close(),
  };
}

function fetchOutcome(error: unknown): FetchOutcome {
  if (error instanceof BrokenCircuitError) return 'breaker_open';
  if (error instanceof DeadlineExceeded) return 'deadline';
  if (isTimeout(error)) return 'timeout';
  if (isConnectFailure(error)) return 'connect_failure';
  return 'error';
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

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
type SubgraphAnswer = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
export const GATEWAY_TIMEOUT = 'GATEWAY_TIMEOUT';

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
  private readonly reuse: EntityReuseRegistry | undefined;

  constructor(config: {
    name: string;
    url: string;
    logger: Logger;
    fetcher: Fetcher;
    credentials: GatewayCredentials;
    /** Entities a query operation has read, reused for its later `_entities` fetches (src/entity-reuse.ts). */
    reuse?: EntityReuseRegistry;
  }) {
    super({ url: config.url, fetcher: config.fetcher });
    this.name = config.name;
    this.logger = config.logger;
    this.credentials = config.credentials;
    this.reuse = config.reuse;
  }

  /**
   * A fetch as Apollo's RemoteGraphQLDataSource.process sends it (the same body, headers and cache-policy
   * restriction), without the node-fetch `Headers` and `Request` it builds per fetch, which this transport never
   * reads: the headers are the plain record undici takes.
   */
  private async send(options: ProcessOptions): Promise<SubgraphAnswer> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const headers = this.headersFor(options);
    // The cached credential, a string: no signature and no await on the request path but once per half-minute.
    // The gateway's own job (never a client's request: no request sets `service`) gets a credential naming it.
    const credential = this.credentials.credentialFor(
      this.name,
      (options.context as GatewayContext | undefined)?.service,
    );
    headers[GATEWAY_CREDENTIAL_HEADER] = typeof credential === 'string' ? credential : await credential;
    const { http: _http, query, ...rest } = request;
    const response = await this.fetcher(this.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, ...rest }),
    });
    if (!response.ok) throw await this.errorFromResponse(response);
    const body = await this.parseBody(response);
    if (typeof body !== 'object' || body === null)
      throw new Error(`Expected JSON response body, but received: ${body}`);
    if (this.honorSubgraphCacheControlHeader) restrictCachePolicy(options, response);
    return { ...body, http: response };
  }

  private headersFor(options: ProcessOptions): Record<string, string> {
    const { request } = options;
    const gatewayContext = options.context as GatewayContext | undefined;
    const headers: Record<string, string> = {};
    // Set by Apollo's plan execution only when it captures traces (the ftv1 header).
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    if (gatewayContext?.authorization) headers.authorization = gatewayContext.authorization;
    // The subgraph logs the same request id (and trace id) as the gateway: one request, followed across both logs.
    Object.assign(headers, propagationHeaders());
    // The subgraph's idempotent() answers a create sent again with its first result (services/*: every mutation).
    if (gatewayContext?.idempotencyKey) headers['idempotency-key'] = gatewayContext.idempotencyKey;
    headers[FETCH_PLAN_HEADER] = `${retryable(options) ? 'q' : 'm'}:${gatewayContext?.deadline ?? 0}`;
    return headers;
  }

  override async process(options: ProcessOptions) {
    try {
      const reuse = this.reuseFor(options);
      return reuse ? await this.processReusing(options, reuse) : await this.send(options);
    } catch (error) {
      return { errors: this.toGraphQLErrors(error, options.context as GatewayContext | undefined) };
    }
  }

  /**
   * An `_entities` fetch answered from what this query operation has already read from this subgraph, when it
   * can be; else only the representations not known yet, each once. Every answer without errors is recorded.
   */
  private async processReusing(options: ProcessOptions, reuse: EntityReuse) {
    const { request } = options;
    const query = request.query ?? '';
    const document = 'document' in options ? options.document : undefined;
    const representations = request.variables?.representations;
    const plan = Array.isArray(representations) ? reuse.plan(this.name, query, document, representations) : undefined;
    if (plan && plan.unique.length === 0) return { data: { [plan.responseKey]: plan.known } };
    if (!plan || plan.unique.length === representations.length) {
      const response = await this.send(options);
      reuse.record(this.name, query, document, response.data, Boolean(response.errors?.length));
      return response;
    }
    const response = await this.send({
      ...options,
      request: { ...request, variables: { ...request.variables, representations: plan.unique } },
    });
    reuse.record(this.name, query, document, response.data, Boolean(response.errors?.length));
    return spliceEntities(plan, response);
  }

  /** Only a query operation's fetches (never a mutation's: a write may change what was read before it). */
  private reuseFor(options: ProcessOptions): EntityReuse | undefined {
    // Health checks and schema loading carry no incoming operation.
    if (!this.reuse || !('incomingRequestContext' in options)) return undefined;
    const requestContext = options.incomingRequestContext;
    if (requestContext.operation?.operation !== 'query') return undefined;
    return this.reuse.forOperation(requestContext);
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

  private toGraphQLErrors(error: unknown, context: GatewayContext | undefined): GraphQLFormattedError[] {
    if (error instanceof SubgraphErrors) return error.errors;
    if (error instanceof BrokenCircuitError) {
      // Failing fast is the point: one line per refused fetch would flood the log while the subgraph is down.
      this.logger.debug({ subgraph: this.name }, 'subgraph breaker open');
      return [{ message: `子图 ${this.name} 暂不可用`, extensions: { code: SUBGRAPH_UNAVAILABLE } }];
    }
    const code = (error as { code?: string } | undefined)?.code;
    const timedOut =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError' || isTimeout(error));
    const deadline = context?.deadline;
    if (error instanceof DeadlineExceeded || (timedOut && deadline !== undefined && Date.now() >= deadline)) {
      this.logger.warn({ subgraph: this.name }, 'request deadline exceeded');
      return [
        {
          message: `请求处理超过时限,网关已停止等待子图 ${this.name},请稍后再试`,
          extensions: { code: GATEWAY_TIMEOUT },
        },
      ];
    }
    this.logger.warn({ subgraph: this.name, url: this.url, err: error, code }, 'subgraph unavailable');
    return [
      {
        message: timedOut ? `子图 ${this.name} 响应超时` : `子图 ${this.name} 不可用`,
        extensions: { code: SUBGRAPH_UNAVAILABLE },
      },
    ];
  }
}

/**
 * Only a read is retried: a fetch of a query operation (a mutation's fetches, its entity reads included, never
 * are, since the subgraph may have done the write before the connection broke).
 */
function retryable(options: ProcessOptions): boolean {
  // Health checks and schema loading carry no incoming operation.
  if (!('incomingRequestContext' in options)) return false;
  const operation = options.incomingRequestContext.operation?.operation;
  const query = options.request.query ?? '';
  return operation === 'query' && !query.startsWith('mutation');
}

/**
 * A subgraph's `Cache-Control` limits how long the whole response may be cached, as Apollo's data source does it:
 * our subgraphs answer `no-store`, so no gateway response is cacheable.
 */
function restrictCachePolicy(options: ProcessOptions, response: FetcherResponse) {
  if (!('incomingRequestContext' in options)) return;
  const policy = options.incomingRequestContext.overallCachePolicy;
  if (!policy || !('restrict' in policy)) return;
  const parsed = parseCacheControlHeader(response.headers.get('cache-control') ?? undefined);
  const maxAge = parsed['max-age'];
  const hint: { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } = {
    maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
  };
  if (parsed.private === true) hint.scope = 'PRIVATE';
  if (parsed.public === true) hint.scope = 'PUBLIC';
  policy.restrict(hint);
}

class SubgraphErrors extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}
