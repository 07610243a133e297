import type { Identity, Verifier } from '@shian/auth';

export interface VerifiedTokenCacheOptions {
  /** Tokens remembered at once; past it the one verified longest ago is forgotten first. Default 10 000. */
  maxEntries?: number;
  /**
   * How long a verification is reused (ms), at most: a key withdrawn from the issuer's JWKS stops a token here
   * within this time, not only at its `exp`. Default 60 s.
   */
  maxAgeMs?: number;
  /** The clock (ms since the epoch); tests move it. */
  now?: () => number;
}

interface Verified {
  identity: Identity;
  /** When this verification stops being reused (ms): the earlier of the token's `exp` and `maxAgeMs`. */
  until: number;
}

/**
 * The same token, verified once: a client sends its token with every request, and checking its signature (HMAC
 * through WebCrypto, or a JWKS key) was the largest single item of the gateway's own CPU per request after the
 * subgraph fetches (docs/benchmarks.md). A token is remembered only once `verify` accepted it, keyed by its whole
 * text (signature included, so another token never matches), and only until its `exp`, counted as jose counts it:
 * from the second of `exp` on, the token is verified again and refused as expired. A refusal is never remembered.
 * Each caller gets its own copy of the identity.
 */
export function cachedVerifier(verify: Verifier, options: VerifiedTokenCacheOptions = {}): Verifier {
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  const verified = new Map<string, Verified>();

  return async (token) => {
    const at = now();
    const known = verified.get(token);
    if (known && at < known.until) return { ...known.identity };
    if (known) verified.delete(token);
    const identity = await verify(token);
    const expiresAt = expiry(token);
    // jose refuses a token once the current second reaches `exp`: reuse it only while that second is ahead.
    const until = Math.min(expiresAt === undefined ? at : expiresAt * 1000, now() + maxAgeMs);
    if (until > now()) {
      if (verified.size >= maxEntries) verified.delete(verified.keys().next().value as string);
      verified.set(token, { identity: { ...identity }, until });
    }
    return identity;
  };
}

/** `exp` of a token `verify` has just accepted (its payload is then the signed one), in seconds. */
function expiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined;
  } catch {
    return undefined;
  }
}
