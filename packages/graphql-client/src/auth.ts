import { tokenEndpoint } from './endpoint';

/** The claims the development identity provider (and the subgraphs) put in and read from a token. */
export interface TokenClaims {
  username: string;
  name: string;
  role: string;
  townshipId?: string;
  department?: string;
  /** Milliseconds since the epoch. */
  expiresAt?: number;
}

export class SignInError extends Error {
  override name = 'SignInError';
}

/** `POST <gateway>/auth/token`; resolves to the JWT or rejects with a message in Chinese. */
export async function requestToken(gatewayUrl: string, username: string, password: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(tokenEndpoint(gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new SignInError('无法连接认证服务,请稍后重试');
  }
  if (response.status === 401 || response.status === 403) throw new SignInError('用户名或密码错误');
  if (!response.ok) throw new SignInError(`登录失败(${response.status}),请稍后重试`);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== 'string') throw new SignInError('认证服务返回的数据无效');
  return body.token;
}

function base64UrlDecode(part: string): string {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Reads a token's claims without verifying it: the UI only shows who is signed in; every subgraph verifies the
 * token itself. Returns `undefined` for anything that is not a readable JWT.
 */
export function decodeToken(token: string | null | undefined): TokenClaims | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
    if (typeof claims.sub !== 'string' || typeof claims.role !== 'string') return undefined;
    return {
      username: claims.sub,
      name: typeof claims.name === 'string' ? claims.name : claims.sub,
      role: claims.role,
      townshipId: typeof claims.townshipId === 'string' ? claims.townshipId : undefined,
      department: typeof claims.department === 'string' ? claims.department : undefined,
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : undefined,
    };
  } catch {
    return undefined;
  }
}

export const isExpired = (claims: TokenClaims, now = Date.now()) =>
  claims.expiresAt !== undefined && claims.expiresAt <= now;

const STORAGE_KEY = 'shian.token';

/** The signed-in user's token lives in sessionStorage: it ends with the tab, as a bureau workstation expects. */
export const tokenStorage = {
  get: (): string | null => globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? null,
  set: (token: string) => globalThis.sessionStorage?.setItem(STORAGE_KEY, token),
  clear: () => globalThis.sessionStorage?.removeItem(STORAGE_KEY),
};

/** A token's `exp` in milliseconds, read without verifying (only to know when to ask for a fresh one). */
export function tokenExpiry(token: string | null | undefined): { expiresAt?: number; issuedAt?: number } {
  const payload = token?.split('.')[1];
  if (!payload) return {};
  try {
    const claims = JSON.parse(base64UrlDecode(payload)) as { exp?: unknown; iat?: unknown };
    return {
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : undefined,
      issuedAt: typeof claims.iat === 'number' ? claims.iat * 1000 : undefined,
    };
  } catch {
    return {};
  }
}

/** Holds an embed's token and asks the host page for a fresh one (`getToken`) before it expires. */
export interface TokenKeeper {
  current(): string | null;
  /** Asks for a fresh token now (one request at a time); resolves to it, or null when none could be had. */
  refresh(): Promise<string | null>;
  /** Called with every new token. */
  subscribe(listener: (token: string | null) => void): () => void;
  stop(): void;
}

export interface TokenKeeperOptions {
  token?: string | null;
  /** Async, resolves to a fresh token: called before the current one expires and when the gateway refuses it. */
  getToken?: () => Promise<string>;
  /** Clock and timers, for tests. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Asked this long before `exp` (a fifth of a short token's life), so that no request goes out with a dead token. */
const REFRESH_MARGIN_MS = 60_000;
const RETRY_MS = 5_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createTokenKeeper(options: TokenKeeperOptions): TokenKeeper {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const listeners = new Set<(token: string | null) => void>();
  let token = options.token ?? null;
  let timer: unknown;
  let inFlight: Promise<string | null> | undefined;
  let stopped = false;

  const schedule = (ms: number) => {
    if (timer !== undefined) clearTimer(timer);
    timer = stopped || !options.getToken ? undefined : setTimer(() => void refresh(), Math.min(ms, MAX_TIMER_MS));
  };
  const scheduleFromToken = () => {
    const { expiresAt, issuedAt } = tokenExpiry(token);
    if (!token || expiresAt === undefined) return schedule(token ? MAX_TIMER_MS : 0);
    const lifetime = issuedAt !== undefined ? expiresAt - issuedAt : REFRESH_MARGIN_MS * 5;
    schedule(Math.max(0, expiresAt - Math.min(REFRESH_MARGIN_MS, lifetime / 5) - now()));
  };

  function refresh(): Promise<string | null> {
    if (!options.getToken || stopped) return Promise.resolve(null);
    inFlight ??= options
      .getToken()
      .then((fresh) => {
        if (typeof fresh !== 'string' || !fresh) throw new Error('getToken() did not return a token');
        if (!stopped) {
          token = fresh;
          for (const listener of listeners) listener(token);
          scheduleFromToken();
        }
        return fresh;
      })
      .catch((error: unknown) => {
        console.warn('getToken() failed; trying again shortly', error);
        schedule(RETRY_MS);
        return null;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  scheduleFromToken();
  return {
    current: () => token,
    refresh,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
      listeners.clear();
    },
  };
}
