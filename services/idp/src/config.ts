import { readFileSync } from 'node:fs';
import { DEPARTMENTS, type Department, PARTNER_AUDIENCE } from '@shian/auth';
import { idpPort, shellPort } from '@shian/platform';
import { rateLimitSettingsFromEnv } from '@shian/server';

type Env = Record<string, string | undefined>;

export const SHELL_CLIENT_ID = 'shian-shell';
/** The resource server of people's tokens and of partner tokens: each has its own audience. */
export const API_RESOURCE = 'urn:shian:api';
export const PARTNER_RESOURCE = 'urn:shian:partner';
/** A partner's token lives at most this long (the partner guide promises it). */
export const MAX_PARTNER_TOKEN_TTL = 15 * 60;

/** DEVELOPMENT ONLY: the secrets of the partner departments' clients (services/idp/README.md lists them). */
export const DEVELOPMENT_PARTNER_SECRET = (department: Department) => `${department}-development-secret`;

export interface PartnerClient {
  clientId: string;
  clientSecret: string;
  department: Department;
}

export interface IdpConfig {
  port: number;
  issuer: string;
  /** Exact redirect URIs of the shell client (its callback on SHELL_PORT, by localhost and 127.0.0.1). */
  shellRedirectUris: string[];
  /**
   * Any http loopback origin may use the shell client's callback: the root suite starts extra shells on ports of its
   * own, and a developer runs the shell on `vite dev`. A development provider on a workstation only.
   */
  allowLoopbackRedirects: boolean;
  partners: PartnerClient[];
  audience: string;
  partnerAudience: string;
  /** Seconds. */
  accessTokenTtl: number;
  partnerTokenTtl: number;
  /** Failed sign-ins (per username and per address) before a lockout, and how long it lasts. */
  lockout: { maxFailures: number; lockoutSeconds: number };
  trustProxy: boolean;
  jwks: { keys: Record<string, unknown>[] };
  cookieKeys: string[];
}

const seconds = (env: Env, name: string, fallback: number) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}=${raw} is not a positive whole number`);
  return value;
};

const KEYS_FILE = new URL('../keys/development-jwks.json', import.meta.url);

export function idpConfig(env: Env = process.env): IdpConfig {
  if (env.NODE_ENV === 'production') {
    throw new Error('services/idp is the development OpenID provider: production signs in with the bureau’s own');
  }
  const shell = shellPort(env);
  const limits = rateLimitSettingsFromEnv(env);
  const partnerTokenTtl = seconds(env, 'IDP_PARTNER_TOKEN_TTL', MAX_PARTNER_TOKEN_TTL);
  if (partnerTokenTtl > MAX_PARTNER_TOKEN_TTL) {
    throw new Error(
      `IDP_PARTNER_TOKEN_TTL=${partnerTokenTtl}: a partner token lives at most ${MAX_PARTNER_TOKEN_TTL} s`,
    );
  }
  return {
    port: idpPort(env),
    // Its own address, not AUTH_ISSUER: a developer may point the platform at another issuer while this one runs.
    issuer: (env.IDP_ISSUER?.trim() || `http://localhost:${idpPort(env)}`).replace(/\/+$/, ''),
    shellRedirectUris: [`http://localhost:${shell}/auth/callback`, `http://127.0.0.1:${shell}/auth/callback`],
    allowLoopbackRedirects: true,
    partners: DEPARTMENTS.map((department) => ({
      clientId: `partner-${department}`,
      clientSecret: env[`IDP_PARTNER_${department.toUpperCase()}_SECRET`] || DEVELOPMENT_PARTNER_SECRET(department),
      department,
    })),
    audience: env.AUTH_AUDIENCE || 'shian',
    partnerAudience: env.AUTH_PARTNER_AUDIENCE || PARTNER_AUDIENCE,
    accessTokenTtl: seconds(env, 'IDP_ACCESS_TOKEN_TTL', 8 * 60 * 60),
    partnerTokenTtl,
    // The gateway's sign-in settings (SIGNIN_MAX_FAILURES, SIGNIN_LOCKOUT_SECONDS): one policy for both doors.
    lockout: { maxFailures: limits.signinMaxFailures, lockoutSeconds: limits.signinLockoutSeconds },
    trustProxy: limits.trustProxy,
    jwks: JSON.parse(readFileSync(KEYS_FILE, 'utf8')),
    cookieKeys: ['shian-idp-development-cookie-key'],
  };
}
