import { oidcIssuer } from '@shian/platform';
import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import {
  DEPARTMENTS,
  type Department,
  type Identity,
  type Role,
  SERVICE_USERNAME_PREFIX,
  townshipOfVillage,
} from './identity';

/**
 * The HS256 secret of the development shortcut (`POST /auth/token`) when no AUTH_SECRET is configured. Outside
 * production only: in production, without AUTH_SECRET, no HS256 token is accepted at all.
 */
export const DEVELOPMENT_SECRET = 'shian-development-secret-do-not-use-in-production';
/** The `iss` of HS256 tokens (the gateway's `/auth/token`, scripts and tests); OIDC tokens carry their issuer's URL. */
export const ISSUER = 'shian-dev-idp';
export const AUDIENCE = 'shian';
/** The audience of a partner department's machine token: it can only ever be that department's `partner`. */
export const PARTNER_AUDIENCE = 'shian-partner';
export const DEFAULT_EXPIRES_IN = 8 * 60 * 60;

/** Asymmetric algorithms only: an issuer's JWKS never verifies an HMAC token (no algorithm confusion). */
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export class AuthError extends Error {
  readonly code = 'UNAUTHENTICATED';
}

/**
 * Which claim gives each part of an Identity: a claim name, or a dotted path into nested claims
 * (`realm_access.roles`). A claim may hold an array (groups, roles): the first value that maps to something known
 * wins. `values` translates what the issuer says into what the platform knows (`/shian/leader` → `leader`,
 * `公安` → `police`); a value without an entry is taken as is.
 */
export interface ClaimMapping {
  username: string;
  name: string;
  role: string;
  township: string;
  department: string;
  /** The village liaison's village code (default claim `villageId`). */
  village: string;
  values?: {
    role?: Record<string, string>;
    department?: Record<string, string>;
    township?: Record<string, string>;
    village?: Record<string, string>;
  };
}

/** The claims the development provider and `/auth/token` put in their tokens. */
export const DEFAULT_CLAIMS: ClaimMapping = {
  username: 'sub',
  name: 'name',
  role: 'role',
  township: 'townshipId',
  department: 'department',
  village: 'villageId',
};

export interface VerifierConfig {
  /** HS256 secret for tokens whose `iss` is `issuer`; without one, no HS256 token is accepted. */
  secret?: string;
  /** The `iss` of HS256 tokens (default ISSUER). */
  issuer?: string;
  /** Audience of people's tokens (HS256 and OIDC alike). */
  audience?: string;
  /** Audience of partner departments' machine tokens. */
  partnerAudience?: string;
  /** The OpenID issuer whose JWT access tokens are accepted (its URL, exactly as its tokens' `iss`). */
  oidcIssuer?: string;
  /** Its JWKS; default: the `jwks_uri` its discovery document names, else `<issuer>/jwks`. */
  jwksUrl?: string;
  /** Keys given directly (tests: jose's createLocalJWKSet); wins over jwksUrl. */
  jwks?: JWTVerifyGetKey;
  claims?: ClaimMapping;
}

/**
 * Reads the verifier's configuration from the environment. Outside production the development defaults apply: the
 * development secret and the development OpenID provider (services/idp on IDP_PORT). In production nothing is
 * assumed: AUTH_SECRET and/or AUTH_ISSUER (+ AUTH_JWKS_URL) say what is trusted (production.ts refuses to start
 * without one of them).
 */
export function verifierConfigFromEnv(env: NodeJS.ProcessEnv = process.env): VerifierConfig {
  const production = env.NODE_ENV === 'production';
  const configuredSecret = env.AUTH_SECRET || undefined;
  // Defence in depth: start-up refuses this already, but a verifier must never trust the committed secret there.
  const secret = production
    ? configuredSecret === DEVELOPMENT_SECRET
      ? undefined
      : configuredSecret
    : (configuredSecret ?? DEVELOPMENT_SECRET);
  return {
    secret,
    issuer: ISSUER,
    audience: env.AUTH_AUDIENCE || AUDIENCE,
    partnerAudience: env.AUTH_PARTNER_AUDIENCE || PARTNER_AUDIENCE,
    oidcIssuer: production ? env.AUTH_ISSUER?.trim().replace(/\/+$/, '') || undefined : oidcIssuer(env),
    jwksUrl: env.AUTH_JWKS_URL?.trim() || undefined,
    claims: claimMappingFromEnv(env.AUTH_CLAIMS),
  };
}

/** `AUTH_CLAIMS`: JSON with any of ClaimMapping's fields; the others keep their defaults. */
export function claimMappingFromEnv(raw: string | undefined): ClaimMapping {
  if (!raw?.trim()) return DEFAULT_CLAIMS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new Error(`AUTH_CLAIMS is not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('AUTH_CLAIMS must be an object');
  const mapping = { ...DEFAULT_CLAIMS, ...(parsed as Partial<ClaimMapping>) };
  for (const key of ['username', 'name', 'role', 'township', 'department', 'village'] as const) {
    if (typeof mapping[key] !== 'string' || !mapping[key]) throw new Error(`AUTH_CLAIMS.${key} must be a claim name`);
  }
  return mapping;
}

export async function signToken(
  identity: Identity,
  options: { secret?: string; expiresIn?: number; issuer?: string; audience?: string } = {},
): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = options.expiresIn ?? DEFAULT_EXPIRES_IN;
  const claims: JWTPayload = { name: identity.name, role: identity.role };
  if (identity.townshipId) claims.townshipId = identity.townshipId;
  if (identity.department) claims.department = identity.department;
  if (identity.villageId) claims.villageId = identity.villageId;
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

const ROLES: Role[] = ['leader', 'officer', 'township', 'village', 'partner'];

/** A claim by name, or by dotted path when no claim has that exact name (`realm_access.roles`). */
function claimAt(payload: JWTPayload, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The first string of a claim (or of its array) that `accept` takes, after the value map. */
function pick<T extends string>(
  value: unknown,
  map: Record<string, string> | undefined,
  accept: (v: string) => v is T,
): T | undefined;
function pick(value: unknown, map: Record<string, string> | undefined): string | undefined;
function pick(
  value: unknown,
  map: Record<string, string> | undefined,
  accept: (v: string) => boolean = () => true,
): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  for (const raw of values) {
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    const text = String(raw);
    const mapped = map && Object.hasOwn(map, text) ? map[text]! : text;
    if (mapped && accept(mapped)) return mapped;
  }
  return undefined;
}

const isRole = (value: string): value is Role => (ROLES as string[]).includes(value);
const isDepartment = (value: string): value is Department => (DEPARTMENTS as string[]).includes(value);

/**
 * Turns verified claims into an Identity, refusing tokens whose role or scope is incomplete. A partner token (one
 * whose audience is the partner audience) is a `partner` of its department whatever its role claim says.
 */
export function identityFromClaims(
  payload: JWTPayload,
  mapping: ClaimMapping = DEFAULT_CLAIMS,
  options: { partner?: boolean } = {},
): Identity {
  const username = pick(claimAt(payload, mapping.username), undefined);
  const role = options.partner ? 'partner' : pick(claimAt(payload, mapping.role), mapping.values?.role, isRole);
  if (!username || !role) throw new AuthError('令牌缺少用户或角色');
  // A service's name in the audit trail must mean the service: no person's token may carry one. (The identity is
  // built field by field below, so a `service` claim in a token is never read.)
  if (username.startsWith(SERVICE_USERNAME_PREFIX)) throw new AuthError('令牌的用户名不可用');
  const name = pick(claimAt(payload, mapping.name), undefined) ?? username;
  const identity: Identity = { username, name, role };
  if (role === 'township') {
    const townshipId = pick(claimAt(payload, mapping.township), mapping.values?.township);
    if (!townshipId) throw new AuthError('乡镇监管员令牌缺少所属乡镇');
    identity.townshipId = townshipId;
  }
  if (role === 'village') {
    // The village decides the township (its code starts with the township's); a township claim, if the issuer sends
    // one, must agree, so a token cannot pair a village with another township's scope.
    const villageId = pick(claimAt(payload, mapping.village), mapping.values?.village);
    if (!villageId || !/^\d{12}$/.test(villageId)) throw new AuthError('村(社区)协管员令牌缺少所属村(社区)');
    const claimedTownship = pick(claimAt(payload, mapping.township), mapping.values?.township);
    if (claimedTownship && claimedTownship !== townshipOfVillage(villageId))
      throw new AuthError('村(社区)协管员令牌的所属乡镇与村(社区)不符');
    identity.villageId = villageId;
    identity.townshipId = townshipOfVillage(villageId);
  }
  if (role === 'partner') {
    const department = pick(claimAt(payload, mapping.department), mapping.values?.department, isDepartment);
    if (!department) throw new AuthError('协作部门令牌缺少所属部门');
    identity.department = department;
  }
  return identity;
}

export type Verifier = (token: string) => Promise<Identity>;

/**
 * The verifier every process uses. The key is chosen by the token's `iss`, read unverified only to choose:
 * HS256 with the shared secret for ISSUER, the OpenID issuer's JWKS for its URL, nothing for any other issuer.
 * Then the token is verified strictly: signature, `iss`, `aud`, and an `exp` it must carry.
 */
export function createVerifier(config: VerifierConfig = verifierConfigFromEnv()): Verifier {
  const audience = config.audience ?? AUDIENCE;
  const partnerAudience = config.partnerAudience ?? PARTNER_AUDIENCE;
  const hsIssuer = config.issuer ?? ISSUER;
  const secret = config.secret === undefined ? undefined : secretKey(config.secret);
  const claims = config.claims ?? DEFAULT_CLAIMS;
  const oidc = config.oidcIssuer;
  const keys = oidc ? (config.jwks ?? discoveredJwks(oidc, config.jwksUrl)) : undefined;

  return async (token) => {
    try {
      let iss: unknown;
      try {
        iss = decodeJwt(token).iss;
      } catch {
        throw new AuthError('令牌无效');
      }
      const common = { audience: [audience, partnerAudience], requiredClaims: ['exp'] };
      let payload: JWTPayload;
      if (secret && iss === hsIssuer) {
        ({ payload } = await jwtVerify(token, secret, { ...common, issuer: hsIssuer, algorithms: ['HS256'] }));
      } else if (keys && oidc && iss === oidc) {
        ({ payload } = await jwtVerify(token, keys, { ...common, issuer: oidc, algorithms: JWKS_ALGORITHMS }));
      } else {
        throw new AuthError('令牌的签发方不受信任');
      }
      const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
      return identityFromClaims(payload, claims, { partner: audiences.includes(partnerAudience) });
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AuthError('令牌已过期,请重新登录');
      throw new AuthError('令牌无效');
    }
  };
}

/**
 * The issuer's keys, found lazily on the first token it signed (so a process starts while its IdP is still
 * starting): AUTH_JWKS_URL when given, else the discovery document's `jwks_uri`, else `<issuer>/jwks`. A failed
 * discovery is not remembered, so the next token tries again.
 */
function discoveredJwks(issuer: string, jwksUrl: string | undefined): JWTVerifyGetKey {
  if (jwksUrl) return createRemoteJWKSet(new URL(jwksUrl));
  let found: Promise<JWTVerifyGetKey> | undefined;
  const discover = async () => {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    const document = response.ok ? ((await response.json()) as { jwks_uri?: unknown }) : {};
    const uri = typeof document.jwks_uri === 'string' ? document.jwks_uri : `${issuer}/jwks`;
    return createRemoteJWKSet(new URL(uri));
  };
  return async (header, token) => {
    found ??= discover().catch((error) => {
      found = undefined;
      throw error;
    });
    return (await found)(header, token);
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
