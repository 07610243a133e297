import { createLocalJWKSet, exportJWK, generateKeyPair, type JSONWebKeySet, type JWTVerifyGetKey, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  AuthError,
  cachedVerifier,
  createVerifier,
  DEMO_USERS,
  type Identity,
  signToken,
  VERIFIED_TOKENS,
  type Verifier,
} from '../src';

const officer = DEMO_USERS.find((u) => u.username === 'officer')!;

/** A token-shaped string whose payload carries `exp` (seconds); the signature part tells tokens apart. */
const tokenWith = (exp: number | undefined, signature = 'sig') =>
  `e30.${Buffer.from(JSON.stringify(exp === undefined ? {} : { exp })).toString('base64url')}.${signature}`;

/** A verifier that counts its calls and refuses a token whose `exp` second has come on `clock` (as jose does). */
function countingVerifier(clock: { now: number }, refuse = new Set<string>()) {
  const calls: string[] = [];
  const verify: Verifier = async (token) => {
    calls.push(token);
    if (refuse.has(token)) throw new AuthError('令牌无效');
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp?: number };
    if (exp !== undefined && exp <= Math.floor(clock.now / 1000)) throw new AuthError('令牌已过期,请重新登录');
    return { username: 'officer', name: '执法人员', role: 'officer' } as Identity;
  };
  return { verify, calls };
}

describe('cachedVerifier', () => {
  it('verifies a token once while it is valid, and gives every caller its own identity', async () => {
    const clock = { now: 1_000_000_000_000 };
    const { verify, calls } = countingVerifier(clock);
    const cached = cachedVerifier(verify, { now: () => clock.now });
    const token = tokenWith(clock.now / 1000 + 3600);
    const first = await cached(token);
    first.role = 'leader';
    first.townshipId = 'changed by a resolver';
    const second = await cached(token);
    clock.now += 30_000;
    const third = await cached(token);
    expect(calls).toHaveLength(1);
    expect(second).toEqual({ username: 'officer', name: '执法人员', role: 'officer' });
    expect(third).not.toBe(second);
  });

  it('verifies again from the second of exp on, and refuses the expired token', async () => {
    const clock = { now: 1_000_000_000_000 };
    const { verify, calls } = countingVerifier(clock);
    const cached = cachedVerifier(verify, { now: () => clock.now });
    const exp = clock.now / 1000 + 10;
    const token = tokenWith(exp);
    await cached(token);
    clock.now = exp * 1000 - 1;
    await cached(token);
    expect(calls).toHaveLength(1);
    clock.now = exp * 1000;
    await expect(cached(token)).rejects.toThrow('令牌已过期');
    await expect(cached(token)).rejects.toThrow('令牌已过期');
    expect(calls).toHaveLength(3);
  });

  it('reuses a verification for maxAgeMs at most (60 s unless told), however long the token lives', async () => {
    expect(VERIFIED_TOKENS.maxAgeMs).toBe(60_000);
    for (const maxAgeMs of [undefined, 5_000]) {
      const clock = { now: 1_000_000_000_000 };
      const { verify, calls } = countingVerifier(clock);
      const cached = cachedVerifier(verify, { now: () => clock.now, maxAgeMs });
      const token = tokenWith(clock.now / 1000 + 86_400);
      await cached(token);
      clock.now += (maxAgeMs ?? 60_000) - 1;
      await cached(token);
      expect(calls).toHaveLength(1);
      clock.now += 1;
      await cached(token);
      expect(calls).toHaveLength(2);
    }
  });

  it('never remembers a refusal, a token without exp, nor a token that differs by a character', async () => {
    const clock = { now: 1_000_000_000_000 };
    const exp = clock.now / 1000 + 3600;
    const forged = tokenWith(exp, 'forged');
    const { verify, calls } = countingVerifier(clock, new Set([forged]));
    const cached = cachedVerifier(verify, { now: () => clock.now });
    await cached(tokenWith(exp));
    await expect(cached(forged)).rejects.toThrow('令牌无效');
    await expect(cached(forged)).rejects.toThrow('令牌无效');
    await cached(tokenWith(undefined));
    await cached(tokenWith(undefined));
    await cached(`${tokenWith(exp)}x`);
    expect(calls).toEqual([
      tokenWith(exp),
      forged,
      forged,
      tokenWith(undefined),
      tokenWith(undefined),
      `${tokenWith(exp)}x`,
    ]);
  });

  it('a token refused once and accepted later is remembered only from its acceptance', async () => {
    const clock = { now: 1_000_000_000_000 };
    const token = tokenWith(clock.now / 1000 + 3600);
    const refuse = new Set([token]);
    const { verify, calls } = countingVerifier(clock, refuse);
    const cached = cachedVerifier(verify, { now: () => clock.now });
    await expect(cached(token)).rejects.toThrow(AuthError);
    refuse.clear();
    await cached(token);
    await cached(token);
    expect(calls).toHaveLength(2);
  });

  it('keeps at most maxEntries tokens, forgetting the one verified longest ago', async () => {
    const clock = { now: 1_000_000_000_000 };
    const { verify, calls } = countingVerifier(clock);
    const cached = cachedVerifier(verify, { now: () => clock.now, maxEntries: 2 });
    const exp = clock.now / 1000 + 3600;
    for (const signature of ['a', 'b', 'c', 'b', 'c', 'a']) await cached(tokenWith(exp, signature));
    expect(calls.map((token) => token.split('.')[2])).toEqual(['a', 'b', 'c', 'a']);
  });

  it('stays bounded under many distinct tokens: the newest are still remembered', async () => {
    const clock = { now: 1_000_000_000_000 };
    const { verify, calls } = countingVerifier(clock);
    const cached = cachedVerifier(verify, { now: () => clock.now, maxEntries: 100 });
    const exp = clock.now / 1000 + 3600;
    for (let i = 0; i < 10_000; i++) await cached(tokenWith(exp, `t${i}`));
    calls.length = 0;
    for (let i = 9_900; i < 10_000; i++) await cached(tokenWith(exp, `t${i}`));
    expect(calls).toHaveLength(0);
    await cached(tokenWith(exp, 't9899'));
    expect(calls).toHaveLength(1);
  });

  it('refuses options that would make it remember nothing or forever', () => {
    const { verify } = countingVerifier({ now: 0 });
    expect(() => cachedVerifier(verify, { maxEntries: 0 })).toThrow();
    expect(() => cachedVerifier(verify, { maxAgeMs: Number.NaN })).toThrow();
  });

  it('reads exp from a real token: accepted until then by the real verifier, and only verified once', async () => {
    const secret = 'a-test-secret-of-at-least-32-bytes!!';
    const real = createVerifier({ secret });
    let verified = 0;
    const cached = cachedVerifier(async (token) => {
      verified++;
      return real(token);
    });
    const { token } = await signToken(officer, { secret, expiresIn: 600 });
    expect(await cached(token)).toMatchObject({ username: 'officer', role: officer.role });
    expect(await cached(token)).toMatchObject({ username: 'officer', role: officer.role });
    expect(verified).toBe(1);
    const expired = (await signToken(officer, { secret, expiresIn: -60 })).token;
    await expect(cached(expired)).rejects.toThrow('令牌已过期');
    await expect(cached(expired)).rejects.toThrow('令牌已过期');
    expect(verified).toBe(3);
  });

  it('a key the issuer withdraws from its JWKS stops its tokens within maxAgeMs', async () => {
    const issuer = 'https://idp.example.cn/realms/shian';
    const pair = await generateKeyPair('ES256', { extractable: true });
    const published: JSONWebKeySet = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] };
    let keys = createLocalJWKSet(published);
    const jwks: JWTVerifyGetKey = (header, token) => keys(header, token);
    const clock = { now: Date.now() };
    const cached = cachedVerifier(createVerifier({ oidcIssuer: issuer, jwks }), { now: () => clock.now });
    const token = await new SignJWT({ role: 'officer', name: '李执法' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('officer')
      .setIssuer(issuer)
      .setAudience('shian')
      .setExpirationTime(Math.floor(Date.now() / 1000) + 3600)
      .sign(pair.privateKey);
    expect(await cached(token)).toMatchObject({ username: 'officer', role: 'officer' });

    keys = createLocalJWKSet({ keys: [] });
    clock.now += VERIFIED_TOKENS.maxAgeMs - 1;
    expect(await cached(token)).toMatchObject({ username: 'officer' });
    clock.now += 1;
    await expect(cached(token)).rejects.toThrow(AuthError);
    await expect(cached(token)).rejects.toThrow(AuthError);
  });
});
