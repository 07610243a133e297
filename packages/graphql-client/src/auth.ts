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
