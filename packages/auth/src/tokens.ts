import { createRemoteJWKSet, jwtVerify, SignJWT, errors as joseErrors, type JWTPayload } from 'jose';
import { DEPARTMENTS, type Department, type Identity, type Role } from './identity';

/** Used when no AUTH_SECRET is configured: development and tests only. Production sets AUTH_SECRET or AUTH_JWKS_URL. */
export const DEVELOPMENT_SECRET = 'shian-development-secret-do-not-use-in-production';
export const ISSUER = 'shian-dev-idp';
export const AUDIENCE = 'shian';
export const DEFAULT_EXPIRES_IN = 8 * 60 * 60;

export class AuthError extends Error {
  readonly code = 'UNAUTHENTICATED';
}

export interface VerifierConfig {
  /** Shared HMAC secret (the development identity provider signs with it). */
  secret?: string;
  /** A production OIDC issuer's JWKS endpoint; when set, tokens are verified against it instead of the secret. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** Reads the verifier's configuration from the environment, with the development defaults. */
export function verifierConfigFromEnv(env: NodeJS.ProcessEnv = process.env): VerifierConfig {
  return {
    secret: env.AUTH_SECRET ?? DEVELOPMENT_SECRET,
    jwksUrl: env.AUTH_JWKS_URL || undefined,
    issuer: env.AUTH_ISSUER ?? ISSUER,
    audience: env.AUTH_AUDIENCE ?? AUDIENCE,
  };
}

export async function signToken(
  identity: Identity,
  options: { secret?: string; expiresIn?: number; issuer?: string; audience?: string } = {},
): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = options.expiresIn ?? DEFAULT_EXPIRES_IN;
  const claims: JWTPayload = { name: identity.name, role: identity.role };
  if (identity.townshipId) claims.townshipId = identity.townshipId;
  if (identity.department) claims.department = identity.department;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.username)
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
    .sign(secretKey(options.secret ?? DEVELOPMENT_SECRET));
  return { token, expiresIn };
}

const ROLES: Role[] = ['leader', 'officer', 'township', 'partner'];

/** Turns verified claims into an Identity, refusing tokens whose role or scope is incomplete. */
export function identityFromClaims(payload: JWTPayload): Identity {
  const role = payload.role as Role;
  if (!payload.sub || !ROLES.includes(role)) throw new AuthError('令牌缺少用户或角色');
  const identity: Identity = {
    username: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : payload.sub,
    role,
  };
  if (role === 'township') {
    if (typeof payload.townshipId !== 'string') throw new AuthError('乡镇监管员令牌缺少所属乡镇');
    identity.townshipId = payload.townshipId;
  }
  if (role === 'partner') {
    const department = payload.department as Department;
    if (!DEPARTMENTS.includes(department)) throw new AuthError('协作部门令牌缺少所属部门');
    identity.department = department;
  }
  return identity;
}

export type Verifier = (token: string) => Promise<Identity>;

export function createVerifier(config: VerifierConfig = verifierConfigFromEnv()): Verifier {
  const options = { issuer: config.issuer, audience: config.audience, algorithms: undefined as string[] | undefined };
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  const secret = secretKey(config.secret ?? DEVELOPMENT_SECRET);
  return async (token) => {
    try {
      const { payload } = jwks
        ? await jwtVerify(token, jwks, options)
        : await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
      return identityFromClaims(payload);
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AuthError('令牌已过期,请重新登录');
      throw new AuthError('令牌无效');
    }
  };
}

/** Extracts the token from an `Authorization: Bearer …` header value. */
export function bearerToken(header: string | null | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1]?.trim() || undefined;
}

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
