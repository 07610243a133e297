import { AuthError, type Identity, type Verifier } from '@shian/auth';
import { describe, expect, it } from 'vitest';
import { rememberVerified } from '../src/runtime';

/** An unsigned token with this payload: the fake verifier below is what decides whether it is valid. */
const token = (payload: object) =>
  `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.s-${Math.random().toString(36).slice(2)}`;

describe('rememberVerified', () => {
  const officer: Identity = { username: 'officer', name: '李执法', role: 'officer' };
  let now = 1_000_000_000_000;
  const calls: string[] = [];
  const verify: Verifier = async (t) => {
    calls.push(t);
    if (t.includes('forged')) throw new AuthError('令牌无效');
    return { ...officer };
  };
  const remembered = rememberVerified(verify, () => now);

  it('verifies a token once until its exp, and hands each request its own copy of the identity', async () => {
    const valid = token({ exp: now / 1000 + 60 });
    const first = await remembered(valid);
    first.townshipId = 'changed by a resolver';
    const second = await remembered(valid);
    expect(second).toEqual(officer);
    expect(calls.filter((t) => t === valid)).toHaveLength(1);
    now += 61_000;
    await remembered(valid);
    expect(calls.filter((t) => t === valid)).toHaveLength(2);
  });

  it('never remembers a refused token, nor one that differs by a character', async () => {
    const forged = `${token({ exp: now / 1000 + 60 })}forged`;
    await expect(remembered(forged)).rejects.toThrow(AuthError);
    await expect(remembered(forged)).rejects.toThrow(AuthError);
    expect(calls.filter((t) => t === forged)).toHaveLength(2);
    const valid = token({ exp: now / 1000 + 60 });
    await remembered(valid);
    await remembered(`${valid}x`);
    expect(calls.filter((t) => t.startsWith(valid))).toHaveLength(2);
  });

  it('does not remember a token without exp', async () => {
    const endless = token({ sub: 'officer' });
    await remembered(endless);
    await remembered(endless);
    expect(calls.filter((t) => t === endless)).toHaveLength(2);
  });
});
