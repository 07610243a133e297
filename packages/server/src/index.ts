export { createLogger, type Logger } from './logger';
export {
  ANONYMOUS_OPERATION,
  Counter,
  createMetrics,
  Histogram,
  LATENCY_BUCKETS,
  type MetricsOptions,
  OTHER_OPERATION,
  type ServerMetrics,
  scrapeGauge,
} from './metrics';
export {
  activeTraceId,
  currentRequest,
  propagationHeaders,
  REQUEST_ID_HEADER,
  type RequestRecord,
  traceIdOf,
} from './request-context';
export { serveGraphQL, type HttpApp, type RouteHandler, type ServeGraphQLOptions } from './serve';
export { shutdownOnSignals } from './shutdown';
export { applyCors, corsOriginsFromEnv, HttpError, MAX_BODY_BYTES, readBody, readJsonBody, sendJson } from './http';
export {
  clientAddress,
  createLockout,
  createMemoryStore,
  createRateLimiter,
  type Lockout,
  type LockoutOptions,
  type LockoutStatus,
  type MemoryStoreOptions,
  perMinute,
  RATE_LIMIT_DEFAULTS,
  RATE_LIMITED_MESSAGE,
  RateLimitedError,
  type RateLimiter,
  type RateLimiterOptions,
  type RateLimitResult,
  type RateLimitSettings,
  type RateLimitStore,
  rateLimitSettingsFromEnv,
  type WindowCount,
} from './rate-limit';
