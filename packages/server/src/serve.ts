import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { applyCors, corsOriginsFromEnv, HttpError, MAX_BODY_BYTES, readBody, sendJson } from './http';
import type { Logger } from './logger';
import { createMetrics, type ServerMetrics } from './metrics';
import { RateLimitedError } from './rate-limit';
import { openRequest, REQUEST_ID_HEADER, type RequestRecord, requestTraceId, runInRequest } from './request-context';

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface HttpApp {
  server: http.Server;
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeGraphQLOptions<TContext extends BaseContext> {
  name: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Not started yet: serveGraphQL starts it and stops it on close. */
  apollo: ApolloServer<TContext>;
  /**
   * Builds the context for one request. A thrown GraphQLError is answered as a GraphQL error response; its
   * HTTP status is `extensions.http.status` when set, else derived from `extensions.code` (UNAUTHENTICATED 401,
   * FORBIDDEN 403, BAD_USER_INPUT 400).
   */
  context: (req: http.IncomingMessage) => Promise<TContext>;
  /** Exact path → handler, e.g. '/health', '/auth/token'. A default `/health` is added when absent. */
  routes?: Record<string, RouteHandler>;
  logger: Logger;
  /** Batched requests (a JSON array body) longer than this are refused with 400. Default 10. */
  maxBatchSize?: number;
  /** Allowed CORS origins; default CORS_ORIGINS, or else the request's own Origin. */
  corsOrigins?: string[];
  /** How long close() waits for in-flight requests before cutting connections. Default 10 s. */
  drainTimeoutMs?: number;
  /**
   * Runs before a `/graphql` request's body is read; a thrown RateLimitedError is answered 429 with `Retry-After`
   * and a GraphQL error (code RATE_LIMITED). For limits that need no token, e.g. per client address.
   */
  admit?: (req: http.IncomingMessage) => void | Promise<void>;
  /**
   * This process's metrics, served on `/metrics`; its GraphQL plugin is added to `apollo` here. Default
   * `createMetrics(name)`; pass one to register more (the gateway's subgraph fetches, a subgraph's database pool).
   */
  metrics?: ServerMetrics;
}

const GRAPHQL_PATH = '/graphql';

/** Probes and scrapes come every few seconds from each kubelet and Prometheus: logged at info only when they fail. */
const QUIET_PATHS = new Set(['/live', '/ready', '/health', '/metrics']);

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
};

/**
 * Serves an ApolloServer on a plain Node http server: `/graphql` (GET and POST), the extra routes, `/metrics`, CORS,
 * a 1 MB body limit, keep-alive, a request id and an access log line per request, and a graceful close.
 */
export async function serveGraphQL<TContext extends BaseContext>(
  options: ServeGraphQLOptions<TContext>,
): Promise<HttpApp> {
  const { apollo, logger, name } = options;
  const host = options.host ?? '0.0.0.0';
  const maxBatchSize = options.maxBatchSize ?? 10;
  const corsOrigins = options.corsOrigins ?? corsOriginsFromEnv();
  const metrics = options.metrics ?? createMetrics(name);
  const routes: Record<string, RouteHandler> = {
    '/health': (_req, res) => sendJson(res, 200, { status: 'ok', name }),
    '/metrics': metrics.route,
    ...options.routes,
  };
  apollo.addPlugin(metrics.plugin);

  async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse, record: RequestRecord, url: URL) {
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, MAX_BODY_BYTES);
      if (/json/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          throw new HttpError(400, '请求体不是合法的 JSON');
        }
        if (Array.isArray(body) && body.length > maxBatchSize) {
          throw new HttpError(400, `批量请求最多 ${maxBatchSize} 个操作`);
        }
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () =>
        options.context(req).catch((error) => {
          // Refused before any plugin runs (a bad token, the per-user limit): the access log still names the code.
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          if (typeof code === 'string') record.errorCodes.add(code);
          return Promise.reject(withHttpStatus(error));
        }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, record: RequestRecord) {
    const started = process.hrtime.bigint();
    // The path only: a GET's query string holds the operation's variables, which may be personal data.
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const traceId = requestTraceId(record);
    res.setHeader(REQUEST_ID_HEADER, record.id);
    res.on('finish', () => {
      // A keep-alive connection that finishes its last request while we close must not linger.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    // 'close' rather than 'finish': a request the client abandoned is logged too, as 499 (nginx's "client closed").
    res.on('close', () => {
      const status = res.writableFinished ? res.statusCode : 499;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = path === GRAPHQL_PATH || Object.hasOwn(routes, path) ? path : 'other';
      metrics.observeHttp(route, req.method, status, seconds);
      const line = {
        reqId: record.id,
        traceId,
        method: req.method,
        path: route === 'other' ? undefined : path,
        status,
        ms: Math.round(seconds * 1e4) / 10,
        user: record.user,
        role: record.role,
        operation: record.operation,
        errors: record.errorCodes.size ? [...record.errorCodes] : undefined,
      };
      if (QUIET_PATHS.has(path) && status < 400) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    if (stopping) res.setHeader('connection', 'close');
    try {
      if (applyCors(req, res, corsOrigins)) return;
      if (path === GRAPHQL_PATH) {
        if (req.method !== 'GET' && req.method !== 'POST') throw new HttpError(405, '仅支持 GET 和 POST');
        await options.admit?.(req);
        await handleGraphQL(req, res, record, url);
        return;
      }
      const route = routes[path];
      if (!route) throw new HttpError(404, '未找到');
      await route(req, res);
    } catch (error) {
      if (res.headersSent) {
        logger.error({ err: error, reqId: record.id, path }, 'request failed after the response started');
        res.destroy();
        return;
      }
      if (error instanceof RateLimitedError) {
        record.errorCodes.add(error.code);
        res.setHeader('retry-after', String(error.retryAfterSeconds));
        const graphql = path === GRAPHQL_PATH;
        const body = { errors: [{ message: error.message, extensions: { code: error.code } }] };
        sendJson(res, 429, graphql ? body : { error: error.message });
        return;
      }
      if (error instanceof HttpError) {
        sendJson(res, error.status, { error: error.message });
        return;
      }
      logger.error({ err: error, reqId: record.id, path }, 'request failed');
      sendJson(res, 500, { error: '服务器内部错误' });
    }
  }

  let stopping = false;
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    const record = openRequest(req);
    void runInRequest(record, () => handle(req, res, record));
  });
  // Longer than the usual client idle timeouts (undici 4 s, browsers ~60 s), so that the server is never the
  // side closing a connection a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await startWithoutSignalHandlers(apollo);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shownHost}:${port}${GRAPHQL_PATH}`;
  logger.info({ url }, `${name} listening`);

  let closing: Promise<void> | undefined;
  const close = () => {
    stopping = true;
    closing ??= (async () => {
      await drain(server, options.drainTimeoutMs ?? 10_000);
      await apollo.stop();
      logger.info(`${name} stopped`);
    })();
    return closing;
  };

  return { server, url, port, close };
}

/** Stops accepting, lets in-flight requests finish, then cuts whatever is left after the timeout. */
function drain(server: http.Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

function withHttpStatus(error: unknown): unknown {
  if (!(error instanceof GraphQLError) || error.extensions.http) return error;
  const status = STATUS_BY_CODE[String(error.extensions.code)];
  if (!status) return error;
  const headers = status === 401 ? new HeaderMap([['www-authenticate', 'Bearer']]) : undefined;
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status, ...(headers && { headers }) } },
    originalError: error.originalError ?? undefined,
  });
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * ApolloServer installs its own SIGINT/SIGTERM handlers (unless built with `stopOnTerminationSignals: false`)
 * that stop it and re-raise the signal, racing `shutdownOnSignals`' drain. The process's shutdown belongs to
 * shutdownOnSignals, so the handlers Apollo adds while starting are removed.
 */
async function startWithoutSignalHandlers<T extends BaseContext>(apollo: ApolloServer<T>) {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  await apollo.start();
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.off(signal, listener as NodeJS.SignalsListener);
    }
  }
}
