import type { Identity } from './identity';
import type { Verifier } from './tokens';

export interface VerifiedTokenCacheOptions {
  /** Tokens remembered at once; past it the one verified longest ago is forgotten first. Default 10 000. */
  maxEntries?: number;
  /**
   * How long one verification is reused (ms), at most: a key withdrawn from the issuer's JWKS stops a token within
   * this time, not only at its `exp`. Default 60 s.
   */
  maxAgeMs?: number;
  /** The clock (ms since the epoch); tests move it. */
  now?: () => number;
}

/** Defaults of `cachedVerifier`. */
export const VERIFIED_TOKENS = { maxEntries: 10_000, maxAgeMs: 60_000 } as const;

/**
 * The same token, verified once per `maxAgeMs`: a client sends its token with every request and the gateway forwards
 * it to every subgraph, and checking its signature (HMAC through WebCrypto, or a JWKS key) again each time was the
 * largest single item of the gateway's own CPU per request after the subgraph fetches, and 5 % of the entities
 * subgraph's CPU under load (docs/benchmarks.md).
 *
 * A token is remembered only once `verify` accepted it, keyed by its whole text (signature included, so a token
 * differing in one character is verified anew), and only until the earlier of its `exp` and `maxAgeMs` after the
 * verification. `exp` is counted as jose counts it: from the second of `exp` on the token is verified again, and
 * refused as expired. A refusal is never remembered, nor a token without `exp`. What reuse gives up is bounded by
 * `maxAgeMs`: everything `verify` checks (signature, issuer, audience, expiry) is fixed by the text, except whether
 * the issuer still publishes the key. Each caller gets its own copy of the identity, so a resolver that changes it
 * changes nobody else's.
 */
export function cachedVerifier(verify: Verifier, options: VerifiedTokenCacheOptions = {}): Verifier {
  const maxEntries = options.maxEntries ?? VERIFIED_TOKENS.maxEntries;
  const maxAgeMs = options.maxAgeMs ?? VERIFIED_TOKENS.maxAgeMs;
  const now = options.now ?? Date.now;
  if (!(maxEntries >= 1) || !(maxAgeMs >= 0)) throw new Error('cachedVerifier: maxEntries ≥ 1 and maxAgeMs ≥ 0');
  // A Map iterates in insertion order, so its first key is the token verified longest ago: evicting it keeps memory
  // bounded without a separate order, and that entry is also the first to reach its maxAgeMs anyway.
  const verified = new Map<string, { identity: Identity; until: number }>();

  return async (token) => {
    const known = verified.get(token);
    if (known !== undefined) {
      if (now() < known.until) return { ...known.identity };
      verified.delete(token);
    }
    const identity = await verify(token);
    const exp = expiryOf(token);
    const at = now();
    if (exp !== undefined) {
      const until = Math.min(exp * 1000, at + maxAgeMs);
      if (at < until) {
        if (verified.size >= maxEntries) verified.delete(verified.keys().next().value as string);
        verified.set(token, { identity: { ...identity }, until });
      }
    }
    return identity;
  };
}

/** `exp` (seconds) of a token `verify` has just accepted, whose payload is then the signed one. */
function expiryOf(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined;
  } catch {
    return undefined;
  }
}
