import { AuthError, createVerifier, DEMO_USERS, type Identity, signToken } from '@shian/auth';
import { describe, expect, it } from 'vitest';
import { cachedVerifier } from '../src/verified-tokens';

const officer = DEMO_USERS.find((u) => u.username === 'officer')!;

/** A token-shaped string whose payload carries `exp` (seconds); the signature part tells tokens apart. */
const tokenWith = (exp: number | undefined, signature = 'sig') =>
  `e30.${Buffer.from(JSON.stringify(exp === undefined ? {} : { exp })).toString('base64url')}.${signature}`;

/** A verifier that counts its calls and refuses a token whose `exp` second has come on `clock` (as jose does). */
function countingVerifier(clock: { now: number }, refuse = new Set<string>()) {
  const calls: string[] = [];
  const verify = async (token: string): Promise<Identity> => {
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

  it('reuses a verification for maxAgeMs at most, however long the token lives', async () => {
    const clock = { now: 1_000_000_000_000 };
    const { verify, calls } = countingVerifier(clock);
    const cached = cachedVerifier(verify, { now: () => clock.now, maxAgeMs: 60_000 });
    const token = tokenWith(clock.now / 1000 + 86_400);
    await cached(token);
    clock.now += 59_999;
    await cached(token);
    clock.now += 1;
    await cached(token);
    expect(calls).toHaveLength(2);
  });

  it('remembers no refusal, no token without exp, and tells tokens apart by their signature', async () => {
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
    expect(calls).toEqual([tokenWith(exp), forged, forged, tokenWith(undefined), tokenWith(undefined)]);
  });

  it('forgets the token verified longest ago past maxEntries', async () => {
    const clock = { now: 1_000_000_000_000 };
    const { verify, calls } = countingVerifier(clock);
    const cached = cachedVerifier(verify, { now: () => clock.now, maxEntries: 2 });
    const exp = clock.now / 1000 + 3600;
    for (const signature of ['a', 'b', 'c', 'b', 'c', 'a']) await cached(tokenWith(exp, signature));
    expect(calls.map((token) => token.split('.')[2])).toEqual(['a', 'b', 'c', 'a']);
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
  });
});
