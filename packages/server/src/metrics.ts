import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { sendJson } from './http';

// The gateway and the subgraphs make their own series with these, so that one copy of prom-client serves them all.
export { Counter, Histogram };
import { currentRequest } from './request-context';
import type { RouteHandler } from './serve';

/**
 * Prometheus metrics of one process (docs/operations.md lists them): HTTP requests by route, GraphQL operations by
 * name, rate-limit refusals, Node's process metrics, and whatever the gateway or a subgraph registers on
 * `registry` (subgraph fetches and breakers, the database pool). Every series carries `service`.
 */
export interface ServerMetrics {
  readonly service: string;
  readonly registry: Registry;
  /** `GET /metrics` in the Prometheus text format. */
  readonly route: RouteHandler;
  /** Counts and times each GraphQL operation; serveGraphQL adds it to the ApolloServer before starting it. */
  readonly plugin: ApolloServerPlugin<BaseContext>;
  /** The bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string;
  /** Called by serveGraphQL once a response has finished; `route` is one of its own paths or `other`. */
  observeHttp(route: string, method: string | undefined, status: number, seconds: number): void;
}

export interface MetricsOptions {
  /**
   * Operation names always counted under their own name: the trusted operations' names on the gateway. Any other
   * name is counted under its own name only while fewer than `maxOperations` such names have been seen, then as
   * `other`, so that clients inventing names cannot grow the series without bound.
   */
  knownOperations?: Iterable<string>;
  /** Default 100. */
  maxOperations?: number;
  /** Node's default process metrics (CPU, memory, event loop lag, GC). Default true. */
  processMetrics?: boolean;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`. Default METRICS_TOKEN. */
  token?: string;
}

/** Seconds: from a few milliseconds (a cached list) to the gateway's 15 s request deadline. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

export const ANONYMOUS_OPERATION = 'anonymous';
export const OTHER_OPERATION = 'other';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
// The gateway names each subgraph fetch `<operation>__<subgraph>__<n>`; a subgraph counts it under the client's name.
const PLANNED_FETCH_SUFFIX = /__[_0-9A-Za-z-]+?__\d+$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,49}$/;
const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD', 'PUT', 'DELETE', 'PATCH']);

export function createMetrics(service: string, options: MetricsOptions = {}): ServerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });

  const known = new Set(options.knownOperations ?? []);
  const maxOperations = options.maxOperations ?? 100;
  const seen = new Set<string>();
  const token = options.token ?? process.env.METRICS_TOKEN?.trim();

  const operationLabel = (raw: string | null | undefined): string => {
    if (!raw) return ANONYMOUS_OPERATION;
    const name = raw.replace(PLANNED_FETCH_SUFFIX, '');
    if (!GRAPHQL_NAME.test(name)) return OTHER_OPERATION;
    if (known.has(name) || seen.has(name)) return name;
    if (seen.size >= maxOperations) return OTHER_OPERATION;
    seen.add(name);
    return name;
  };

  const httpDuration = new Histogram({
    name: 'shian_http_request_duration_seconds',
    help: 'HTTP requests by route, method and status, from arrival to the last byte sent',
    labelNames: ['route', 'method', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'shian_rate_limited_total',
    help: 'Requests refused with 429 by a rate limit or a sign-in lockout, by route',
    labelNames: ['route'],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'shian_graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (error: the answer carried at least one error)',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const operationErrors = new Counter({
    name: 'shian_graphql_errors_total',
    help: 'GraphQL errors in answers, by operation name and error code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'shian_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name and type, from the request reaching Apollo to its answer',
    labelNames: ['operation', 'type'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          const record = currentRequest();
          if (!record) return;
          // A batch is one HTTP request and one log line: it names each of its operations.
          const label = operationLabel(operationName);
          record.operation = record.operation ? `${record.operation},${label}` : label;
          record.operationType = operation?.operation;
          const identity = (contextValue as { identity?: { username?: unknown; role?: unknown } }).identity;
          if (typeof identity?.username === 'string') record.user = identity.username;
          if (typeof identity?.role === 'string') record.role = identity.role;
        },
        async willSendResponse({ response, operationName, operation }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const name = operationLabel(operationName);
          const type = operation?.operation ?? 'unknown';
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const record = currentRequest();
          for (const error of errors) {
            const raw = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            const code = ERROR_CODE.test(raw) ? raw : 'OTHER';
            operationErrors.inc({ operation: name, code });
            record?.errorCodes.add(code);
          }
          if (record) record.operation ??= name;
          operations.inc({ operation: name, type, outcome: errors.length ? 'error' : 'ok' });
          operationDuration.observe({ operation: name, type }, seconds);
        },
      };
    },
  };

  const route: RouteHandler = async (req, res) => {
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      sendJson(res, 401, { error: '需要指标令牌' });
      return;
    }
    const text = await registry.metrics();
    res.statusCode = 200;
    res.setHeader('content-type', registry.contentType);
    res.end(text);
  };

  return {
    service,
    registry,
    route,
    plugin,
    operationLabel,
    observeHttp(label, method, status, seconds) {
      const verb = method && METHODS.has(method) ? method : 'other';
      httpDuration.observe({ route: label, method: verb, status: String(status) }, seconds);
      if (status === 429) rateLimited.inc({ route: label });
    },
  };
}

/** A gauge read when Prometheus scrapes: `read` answers the current value of each label set. */
export function scrapeGauge<L extends string>(
  metrics: ServerMetrics,
  config: { name: string; help: string; labelNames: readonly L[] },
  read: () => Iterable<[Partial<Record<L, string>>, number]>,
): Gauge<L> {
  return new Gauge<L>({
    ...config,
    registers: [metrics.registry],
    collect() {
      this.reset();
      for (const [labels, value] of read()) this.set(labels, value);
    },
  });
}
