import type http from 'node:http';
import { HttpError } from './http';

/**
 * Rate limits and sign-in lockouts, counted in fixed windows per key.
 *
 * The counts live in a `RateLimitStore`. The default one is in this process's memory, which is right for one
 * process only: behind several replicas each would count its own share, so a caller gets N times the limit. Plug a
 * shared store (Redis `INCR` + `PEXPIRE`, for instance) into every limiter there.
 */

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** When the current window ends (ms since the epoch). */
  resetAt: number;
}

/** Where counts are kept. Async so that a shared store (Redis, a database) fits the same interface. */
export interface RateLimitStore {
  /** Adds one hit to `key`, opening a window of `windowMs` if none is open, and answers the window's count. */
  increment(key: string, windowMs: number): Promise<WindowCount>;
  /** The open window of `key`, if any. */
  get(key: string): Promise<WindowCount | undefined>;
  delete(key: string): Promise<void>;
}

export interface MemoryStoreOptions {
  /** The clock, for tests. Default Date.now. */
  now?: () => number;
  /**
   * The most keys held at once. A flood of distinct keys (spoofed addresses, invented usernames) must not grow the
   * map without bound: past this, expired windows are swept, and then the oldest windows are dropped.
   */
  maxKeys?: number;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 100_000;
  const windows = new Map<string, WindowCount>();
  const open = (key: string): WindowCount | undefined => {
    const window = windows.get(key);
    if (window && window.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return window;
  };
  const makeRoom = () => {
    if (windows.size < maxKeys) return;
    const time = now();
    for (const [key, window] of windows) if (window.resetAt <= time) windows.delete(key);
    // Map iterates in insertion order: the first keys are the oldest windows.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  };
  return {
    async increment(key, windowMs) {
      const window = open(key);
      if (window) {
        window.count += 1;
        return { ...window };
      }
      makeRoom();
      const fresh = { count: 1, resetAt: now() + windowMs };
      windows.set(key, fresh);
      return { ...fresh };
    },
    async get(key) {
      const window = open(key);
      return window && { ...window };
    },
    async delete(key) {
      windows.delete(key);
    },
  };
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in this window (0 once refused). */
  remaining: number;
  /** Whole seconds until the window ends: what `Retry-After` says. At least 1. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  /** Counts one hit for `key` and says whether it is within the limit. */
  hit(key: string): Promise<RateLimitResult>;
  /** Forgets `key`'s window. */
  reset(key: string): Promise<void>;
}

export interface RateLimiterOptions {
  /** Hits allowed per window and key. */
  limit: number;
  windowMs: number;
  store?: RateLimitStore;
  /** Prefixes every key in the store, so that limiters can share one store. */
  prefix?: string;
  /** The clock of the default memory store, for tests. */
  now?: () => number;
}

const secondsUntil = (resetAt: number, now: number) => Math.max(1, Math.ceil((resetAt - now) / 1000));

/** A fixed-window counter per key: `limit` hits per `windowMs`, then refused until the window ends. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`rate limit must be a positive integer, got ${limit}`);
  if (!(windowMs > 0)) throw new Error(`rate limit window must be positive, got ${windowMs}`);
  const now = options.now ?? Date.now;
  const store = options.store ?? createMemoryStore({ now });
  const prefix = options.prefix ?? '';
  return {
    limit,
    windowMs,
    async hit(key) {
      const { count, resetAt } = await store.increment(prefix + key, windowMs);
      return {
        allowed: count <= limit,
        remaining: Math.max(0, limit - count),
        retryAfterSeconds: secondsUntil(resetAt, now()),
      };
    },
    reset: (key) => store.delete(prefix + key),
  };
}

export interface LockoutStatus {
  locked: boolean;
  /** Seconds until the lock ends (0 when not locked). */
  retryAfterSeconds: number;
}

export interface Lockout {
  readonly maxFailures: number;
  readonly lockoutMs: number;
  /** Whether `key` is locked out now. Check before verifying a password. */
  check(key: string): Promise<LockoutStatus>;
  /** Records a failed attempt; the one that reaches `maxFailures` locks `key` for `lockoutMs`. */
  fail(key: string): Promise<LockoutStatus & { failures: number }>;
  /** A successful attempt forgets the failures (not an active lock). */
  succeed(key: string): Promise<void>;
}

export interface LockoutOptions {
  /** Failed attempts within `windowMs` that lock the key. */
  maxFailures: number;
  /** How long a lock lasts. */
  lockoutMs: number;
  /** How long failures are remembered. Default `lockoutMs`. */
  windowMs?: number;
  store?: RateLimitStore;
  prefix?: string;
  now?: () => number;
}

/**
 * Failed-attempt lockout (sign-in): after `maxFailures` failures within `windowMs`, `key` is locked for
 * `lockoutMs`, whatever it tries. Use one key per username and one per client address: the username's stops
 * guessing one account's password from many addresses, the address's stops one address trying many accounts.
 */
export function createLockout(options: LockoutOptions): Lockout {
  const { maxFailures, lockoutMs } = options;
  if (!Number.isInteger(maxFailures) || maxFailures < 1) throw new Error(`maxFailures must be a positive integer`);
  const windowMs = options.windowMs ?? lockoutMs;
  const now = options.now ?? Date.now;
  const store = options.store ?? createMemoryStore({ now });
  const prefix = options.prefix ?? '';
  const failuresKey = (key: string) => `${prefix}failures:${key}`;
  const lockKey = (key: string) => `${prefix}lock:${key}`;
  const status = async (key: string): Promise<LockoutStatus> => {
    const lock = await store.get(lockKey(key));
    return lock ? { locked: true, retryAfterSeconds: secondsUntil(lock.resetAt, now()) } : UNLOCKED;
  };
  return {
    maxFailures,
    lockoutMs,
    check: status,
    async fail(key) {
      const { count } = await store.increment(failuresKey(key), windowMs);
      if (count >= maxFailures) {
        await store.increment(lockKey(key), lockoutMs);
        await store.delete(failuresKey(key));
      }
      return { ...(await status(key)), failures: count };
    },
    succeed: (key) => store.delete(failuresKey(key)),
  };
}

const UNLOCKED: LockoutStatus = { locked: false, retryAfterSeconds: 0 };

export const RATE_LIMITED_MESSAGE = '请求过于频繁,请稍后再试';

/** Thrown to answer HTTP 429 with `Retry-After`; serveGraphQL sends it as a GraphQL error with code RATE_LIMITED. */
export class RateLimitedError extends HttpError {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly retryAfterSeconds: number,
    message = RATE_LIMITED_MESSAGE,
  ) {
    super(429, message);
  }
}

/**
 * The caller's address. `X-Forwarded-For` is believed only behind a proxy we run (`trustProxy`), since anyone can
 * send the header; then the nearest hop the proxy appended (the last entry) is the client as the proxy saw it.
 */
export function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const last = hops.at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export interface RateLimitSettings {
  /** GraphQL requests per user per minute; 0 = no limit. */
  userPerMinute: number;
  /** GraphQL requests per client address per minute; 0 = no limit. */
  addressPerMinute: number;
  /** Failed sign-ins (per username, and per address) before a lockout. */
  signinMaxFailures: number;
  signinLockoutSeconds: number;
  /** Believe X-Forwarded-For. */
  trustProxy: boolean;
}

export const RATE_LIMIT_DEFAULTS: RateLimitSettings = {
  // A page of the shell makes a handful of operations; 1200 a minute is far above a person's use and still stops
  // a script hammering the API with one token.
  userPerMinute: 1200,
  // Above the user limit: a bureau's office shares one address behind its NAT.
  addressPerMinute: 6000,
  signinMaxFailures: 5,
  signinLockoutSeconds: 900,
  trustProxy: false,
};

const nonNegativeInteger = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return number;
};

/**
 * RATE_LIMIT_USER_PER_MIN, RATE_LIMIT_IP_PER_MIN (0 turns that limit off), SIGNIN_MAX_FAILURES,
 * SIGNIN_LOCKOUT_SECONDS, TRUST_PROXY (`on`/`true`/`1`). A malformed value throws, naming the variable.
 */
export function rateLimitSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const d = RATE_LIMIT_DEFAULTS;
  const signinMaxFailures = nonNegativeInteger('SIGNIN_MAX_FAILURES', env.SIGNIN_MAX_FAILURES, d.signinMaxFailures);
  const signinLockoutSeconds = nonNegativeInteger(
    'SIGNIN_LOCKOUT_SECONDS',
    env.SIGNIN_LOCKOUT_SECONDS,
    d.signinLockoutSeconds,
  );
  if (signinMaxFailures < 1) throw new Error('SIGNIN_MAX_FAILURES must be at least 1');
  if (signinLockoutSeconds < 1) throw new Error('SIGNIN_LOCKOUT_SECONDS must be at least 1');
  return {
    userPerMinute: nonNegativeInteger('RATE_LIMIT_USER_PER_MIN', env.RATE_LIMIT_USER_PER_MIN, d.userPerMinute),
    addressPerMinute: nonNegativeInteger('RATE_LIMIT_IP_PER_MIN', env.RATE_LIMIT_IP_PER_MIN, d.addressPerMinute),
    signinMaxFailures,
    signinLockoutSeconds,
    trustProxy: /^(on|true|1|yes)$/i.test(env.TRUST_PROXY ?? ''),
  };
}

/** A per-minute limiter, or undefined when the limit is 0 (off). */
export function perMinute(limit: number, options: Omit<RateLimiterOptions, 'limit' | 'windowMs'> = {}) {
  return limit > 0 ? createRateLimiter({ ...options, limit, windowMs: 60_000 }) : undefined;
}
