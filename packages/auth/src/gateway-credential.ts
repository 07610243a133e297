import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { type Identity, isServiceName, SERVICE_IDENTITIES, type ServiceName } from './identity';

/**
 * The gateway credential: a short-lived JWT the gateway signs with its own Ed25519 key and sends to a subgraph
 * beside the caller's token. A subgraph answers only requests that carry one, so a user token sent straight to a
 * subgraph's port gets nothing: every request passes the gateway's checks (trusted operations, limits) first.
 */
export const GATEWAY_CREDENTIAL_HEADER = 'x-shian-gateway';
export const GATEWAY_ISSUER = 'shian-gateway';
/** What the gateway signs; short, so that a credential read off the wire is soon worthless. */
export const GATEWAY_CREDENTIAL_LIFETIME = 60;
/**
 * The longest lifetime a subgraph accepts. Longer than the gateway's own so that a developer's debugging
 * credential (`pnpm --filter @shian/gateway run credential`) and the benchmark's peer gateways can live a while,
 * yet bounded, so that none lives for ever.
 */
export const MAX_GATEWAY_CREDENTIAL_LIFETIME = 24 * 60 * 60;
/** Seconds of clock difference between the gateway and a subgraph that are forgiven. */
const CLOCK_TOLERANCE = 5;

/**
 * DEVELOPMENT ONLY: the key pair used when GATEWAY_SIGNING_KEY / GATEWAY_PUBLIC_KEY are not set outside
 * production. It is committed, so anyone can sign with it: production refuses to start with it (production.ts),
 * and the loaders below never fall back to it there.
 */
export const DEVELOPMENT_GATEWAY_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIE4qI3qPJj+lY5Y6NXYeXCOMFReI5/D/9B6xj3611E0j
-----END PRIVATE KEY-----
`;
export const DEVELOPMENT_GATEWAY_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAT7QUmSvdm6GcrKzid1f7eaJinBsA7y431I2+bHU5USM=
-----END PUBLIC KEY-----
`;

export class GatewayCredentialError extends Error {
  readonly code = 'UNAUTHENTICATED';
}

/** A configuration problem with a key, naming the variable to fix. */
export class GatewayKeyError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

export interface LoadedKey<K extends KeyObject = KeyObject> {
  key: K;
  /** Where it came from: the variable that held it, or `development` for the committed pair. */
  source: string;
  /** True when it is (or pairs with) the committed development key, wherever it was read from. */
  development: boolean;
}

const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64');
const DEVELOPMENT_SPKI = spki(createPublicKey(DEVELOPMENT_GATEWAY_PUBLIC_KEY));

function pemFromEnv(env: NodeJS.ProcessEnv, variable: string): { pem: string; source: string } | undefined {
  const inline = env[variable]?.trim();
  if (inline) return { pem: inline.replace(/\\n/g, '\n'), source: variable };
  const file = env[`${variable}_FILE`]?.trim();
  if (!file) return undefined;
  try {
    return { pem: readFileSync(file, 'utf8'), source: `${variable}_FILE` };
  } catch (error) {
    throw new GatewayKeyError(`${variable}_FILE`, `cannot read ${file} (${(error as Error).message})`);
  }
}

function ed25519(variable: string, load: () => KeyObject): KeyObject {
  let key: KeyObject;
  try {
    key = load();
  } catch (error) {
    throw new GatewayKeyError(variable, `not a valid PEM key (${(error as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new GatewayKeyError(variable, `must be an Ed25519 key, not ${key.asymmetricKeyType ?? 'a secret key'}`);
  }
  return key;
}

/**
 * The gateway's signing key: GATEWAY_SIGNING_KEY (PKCS#8 PEM) or the file GATEWAY_SIGNING_KEY_FILE names.
 * Outside production, the development key when neither is set; in production, an error instead.
 */
export function loadGatewaySigningKey(env: NodeJS.ProcessEnv = process.env): LoadedKey {
  const found = pemFromEnv(env, 'GATEWAY_SIGNING_KEY');
  if (!found) {
    if (env.NODE_ENV === 'production') {
      throw new GatewayKeyError('GATEWAY_SIGNING_KEY', '生产环境必须配置网关签名私钥(或 GATEWAY_SIGNING_KEY_FILE)');
    }
    return { key: createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY), source: 'development', development: true };
  }
  const key = ed25519(found.source, () => createPrivateKey(found.pem));
  return { key, source: found.source, development: spki(createPublicKey(key)) === DEVELOPMENT_SPKI };
}

/**
 * The key a subgraph verifies gateway credentials with: GATEWAY_PUBLIC_KEY (SPKI PEM) or GATEWAY_PUBLIC_KEY_FILE.
 * Outside production, the development key when neither is set; in production, an error instead.
 */
export function loadGatewayPublicKey(env: NodeJS.ProcessEnv = process.env): LoadedKey {
  const found = pemFromEnv(env, 'GATEWAY_PUBLIC_KEY');
  if (!found) {
    if (env.NODE_ENV === 'production') {
      throw new GatewayKeyError('GATEWAY_PUBLIC_KEY', '生产环境必须配置网关公钥(或 GATEWAY_PUBLIC_KEY_FILE)');
    }
    return { key: createPublicKey(DEVELOPMENT_GATEWAY_PUBLIC_KEY), source: 'development', development: true };
  }
  const key = ed25519(found.source, () => createPublicKey(found.pem));
  return { key, source: found.source, development: spki(key) === DEVELOPMENT_SPKI };
}

/** A fresh key pair (PEM), for a deployment's keys and for tests. */
export function generateGatewayKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * One credential for `subgraph`, valid `lifetime` seconds from now. With `service`, the credential also says that
 * the gateway acts for that platform service (`act: { service }`): only the gateway's own background jobs ask for
 * this, never a request from outside, and a subgraph takes the service's fixed identity from it only when the
 * request carries no user token.
 */
export function signGatewayCredential(
  key: KeyObject,
  subgraph: string,
  lifetime: number = GATEWAY_CREDENTIAL_LIFETIME,
  now: number = Date.now(),
  service?: ServiceName,
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT(service ? { act: { service } } : {})
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(subgraph)
    .setIssuedAt(iat)
    .setExpirationTime(iat + lifetime)
    .sign(key);
}

export interface GatewayCredentials {
  /**
   * The credential to send to `subgraph` now. A plain string on almost every call (the cached one); a promise only
   * when there is none yet, or the cached one is about to expire.
   */
  credentialFor(subgraph: string, service?: ServiceName): string | Promise<string>;
}

/**
 * The gateway's credentials, one cached per subgraph. A credential is re-signed in the background once half its
 * lifetime is gone, while the current one (still valid for the other half) keeps being sent: the request path
 * never waits for a signature except the very first time.
 */
export function gatewayCredentials(
  key: KeyObject,
  options: { lifetime?: number; now?: () => number } = {},
): GatewayCredentials {
  const lifetime = options.lifetime ?? GATEWAY_CREDENTIAL_LIFETIME;
  const now = options.now ?? Date.now;
  interface Entry {
    token: string;
    refreshAt: number;
    /** After this the cached token is too close to its expiry to send. */
    usableUntil: number;
  }
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<string>>();

  // One cache entry per subgraph, and one per subgraph and service for the gateway's own jobs.
  const sign = (subgraph: string, service: ServiceName | undefined, cacheKey: string): Promise<string> => {
    let promise = pending.get(cacheKey);
    if (promise) return promise;
    const signedAt = now();
    promise = signGatewayCredential(key, subgraph, lifetime, signedAt, service)
      .then((token) => {
        entries.set(cacheKey, {
          token,
          refreshAt: signedAt + (lifetime * 1000) / 2,
          usableUntil: signedAt + Math.max(lifetime - CLOCK_TOLERANCE * 2, lifetime / 2) * 1000,
        });
        return token;
      })
      .finally(() => pending.delete(cacheKey));
    pending.set(cacheKey, promise);
    return promise;
  };

  return {
    credentialFor(subgraph, service) {
      const cacheKey = service ? `${subgraph}\u0000${service}` : subgraph;
      const entry = entries.get(cacheKey);
      const at = now();
      if (entry && at < entry.refreshAt) return entry.token;
      if (entry && at < entry.usableUntil) {
        // A failed background signature is retried on the next call; the current token is still good.
        sign(subgraph, service, cacheKey).catch(() => undefined);
        return entry.token;
      }
      return sign(subgraph, service, cacheKey);
    },
  };
}

/** What a verified credential says besides "the gateway sent this". */
export interface VerifiedGatewayCredential {
  /** The service the gateway acts for (its fixed identity), when the credential names one. */
  act?: Identity;
}

export type GatewayCredentialVerifier = (credential: string | null | undefined) => Promise<VerifiedGatewayCredential>;

/** A credential's `act` claim: absent, or exactly `{ service: <a known service> }`; anything else is refused. */
function actOf(claim: unknown): Identity | undefined {
  if (claim === undefined) return undefined;
  const keys = claim && typeof claim === 'object' && !Array.isArray(claim) ? Object.keys(claim) : [];
  const service = (claim as { service?: unknown } | null)?.service;
  if (keys.length !== 1 || !isServiceName(service))
    throw new GatewayCredentialError('子图只接受网关的请求:网关凭证无效');
  return { ...SERVICE_IDENTITIES[service] };
}

/**
 * Verifies credentials meant for `subgraph`: EdDSA with `key`, issuer `shian-gateway`, audience the subgraph, not
 * expired, and issued for at most MAX_GATEWAY_CREDENTIAL_LIFETIME. Throws GatewayCredentialError otherwise.
 *
 * The gateway sends the same credential for half a minute, so a verified one is remembered until its expiry: the
 * signature is checked once per credential, not once per request.
 */
export function gatewayCredentialVerifier(
  key: KeyObject,
  subgraph: string,
  options: { now?: () => number } = {},
): GatewayCredentialVerifier {
  const now = options.now ?? Date.now;
  const verified = new Map<string, { expiresAt: number; act?: Identity }>();
  const MAX_REMEMBERED = 64;
  return async (credential) => {
    if (!credential) throw new GatewayCredentialError('子图只接受网关的请求:缺少网关凭证');
    const at = now();
    const remembered = verified.get(credential);
    if (remembered !== undefined) {
      if (at < remembered.expiresAt) return remembered.act ? { act: { ...remembered.act } } : {};
      verified.delete(credential);
    }
    let exp: number;
    let act: Identity | undefined;
    try {
      const { payload } = await jwtVerify(credential, key, {
        algorithms: ['EdDSA'],
        issuer: GATEWAY_ISSUER,
        audience: subgraph,
        requiredClaims: ['iat', 'exp'],
        clockTolerance: CLOCK_TOLERANCE,
        currentDate: new Date(at),
      });
      exp = payload.exp as number;
      if (exp - (payload.iat as number) > MAX_GATEWAY_CREDENTIAL_LIFETIME) {
        throw new GatewayCredentialError('子图只接受网关的请求:网关凭证有效期过长');
      }
      act = actOf(payload.act);
    } catch (error) {
      if (error instanceof GatewayCredentialError) throw error;
      if (error instanceof joseErrors.JWTExpired) {
        throw new GatewayCredentialError('子图只接受网关的请求:网关凭证已过期');
      }
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud') {
        throw new GatewayCredentialError('子图只接受网关的请求:网关凭证不是签发给本子图的');
      }
      throw new GatewayCredentialError('子图只接受网关的请求:网关凭证无效');
    }
    if (verified.size >= MAX_REMEMBERED) verified.clear();
    verified.set(credential, { expiresAt: (exp + CLOCK_TOLERANCE) * 1000, act });
    return act ? { act: { ...act } } : {};
  };
}
