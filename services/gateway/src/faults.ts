import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen } from 'cockatiel';
import type { CircuitBreakerPolicy } from 'cockatiel';

/**
 * What the gateway does when a subgraph fails (docs/architecture.md, "Faults"): one retry of a query whose fetch
 * could not connect, an overall deadline per request, and a circuit breaker per subgraph. Read from the
 * environment once, at start.
 */
export interface FaultSettings {
  /** SUBGRAPH_TIMEOUT_MS: one subgraph fetch, to its headers and between two chunks of its body. */
  subgraphTimeoutMs: number;
  /** GATEWAY_REQUEST_TIMEOUT_MS: the whole request; later fetches get what is left of it. */
  requestTimeoutMs: number;
  /** GATEWAY_RETRY_DELAY_MS: the pause before the one retry, jittered between half and one and a half times it. */
  retryDelayMs: number;
  /** GATEWAY_BREAKER_FAILURES: consecutive failed fetches to a subgraph that open its breaker. */
  breakerFailures: number;
  /** GATEWAY_BREAKER_HALF_OPEN_MS: how long an open breaker fails fast before letting one fetch probe. */
  breakerHalfOpenMs: number;
}

export const FAULT_DEFAULTS: FaultSettings = {
  subgraphTimeoutMs: 30_000,
  requestTimeoutMs: 15_000,
  retryDelayMs: 100,
  breakerFailures: 5,
  breakerHalfOpenMs: 1_000,
};

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return value?.trim() && Number.isFinite(number) && number > 0 ? number : fallback;
};

export function faultSettingsFromEnv(env: NodeJS.ProcessEnv): FaultSettings {
  return {
    subgraphTimeoutMs: positive(env.SUBGRAPH_TIMEOUT_MS, FAULT_DEFAULTS.subgraphTimeoutMs),
    requestTimeoutMs: positive(env.GATEWAY_REQUEST_TIMEOUT_MS, FAULT_DEFAULTS.requestTimeoutMs),
    retryDelayMs: positive(env.GATEWAY_RETRY_DELAY_MS, FAULT_DEFAULTS.retryDelayMs),
    breakerFailures: Math.round(positive(env.GATEWAY_BREAKER_FAILURES, FAULT_DEFAULTS.breakerFailures)),
    breakerHalfOpenMs: positive(env.GATEWAY_BREAKER_HALF_OPEN_MS, FAULT_DEFAULTS.breakerHalfOpenMs),
  };
}

/**
 * The fetch never got an answer started: the connection was refused, or reset or closed before any response
 * headers arrived (a keep-alive socket the subgraph's death closed under us). Undici's `request` only resolves once
 * the headers are in, so an error it throws with one of these codes means no response was read.
 */
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

export function isConnectFailure(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  if (code && CONNECT_FAILURES.has(code)) return true;
  // Undici wraps the socket's error for a host that resolves to several addresses.
  const errors = (error as { errors?: unknown[] } | null)?.errors;
  return Array.isArray(errors) && errors.some(isConnectFailure);
}

export function isTimeout(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}

/** The request's deadline passed before or while this fetch ran: not the subgraph's fault, not counted against it. */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
}

export { BrokenCircuitError };

export type BreakerState = 'closed' | 'open' | 'half-open';

const STATE_NAMES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

export const breakerState = (breaker: CircuitBreakerPolicy): BreakerState => STATE_NAMES[breaker.state];

/**
 * A subgraph's breaker counts fetches that could not connect and fetches that ran out of the subgraph's own
 * timeout; any answer, an HTTP or GraphQL error included, means the subgraph is there. While open it refuses
 * without a connection attempt; after `breakerHalfOpenMs` the next fetch probes (the others wait for it), and its
 * answer closes the breaker again.
 */
export function subgraphBreaker(settings: FaultSettings): CircuitBreakerPolicy {
  return circuitBreaker(
    handleWhen((error) => isConnectFailure(error) || isTimeout(error)),
    {
      halfOpenAfter: settings.breakerHalfOpenMs,
      breaker: new ConsecutiveBreaker(settings.breakerFailures),
    },
  );
}

/** Half to one and a half times the base: concurrent requests that failed together do not retry together. */
export const jittered = (baseMs: number) => baseMs * (0.5 + Math.random());

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
