import { AuthError, type Identity, type Verifier } from '@shian/auth';
import type { MikroORM } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../src/runtime';
import { createLogger } from '@shian/server';
import fixture from './fixture/src/schema';

/** An unsigned token with this payload: the fake verifier below is what decides whether it is valid. */
const token = (payload: object, signature = 's') =>
  `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;

// The cache itself is @shian/auth's (its tests: expiry, bound, refusals, a withdrawn key); this checks that a
// subgraph's requests go through it.
describe("a subgraph's runtime verifies a user token once per token", () => {
  it('verifies the same token once across requests, and a refused one every time', async () => {
    const calls: string[] = [];
    const verify: Verifier = async (t) => {
      calls.push(t);
      if (t.endsWith('forged')) throw new AuthError('令牌无效');
      return { username: 'officer', name: '李执法', role: 'officer' } satisfies Identity;
    };
    const orm = { em: { fork: () => ({}) } } as unknown as MikroORM;
    const runtime = await createRuntime(
      fixture,
      orm,
      createLogger('runtime-test'),
      verify,
      undefined,
      async () => ({}),
    );
    const valid = token({ exp: Date.now() / 1000 + 600 });
    const first = await runtime.contextFor(`Bearer ${valid}`, 'credential');
    first.identity.townshipId = 'changed by a resolver';
    const second = await runtime.contextFor(`Bearer ${valid}`, 'credential');
    expect(second.identity).toEqual({ username: 'officer', name: '李执法', role: 'officer' });
    const forged = token({ exp: Date.now() / 1000 + 600 }, 'forged');
    for (let i = 0; i < 2; i++) {
      expect((await runtime.contextFor(`Bearer ${forged}`, 'credential')).authError).toBeInstanceOf(AuthError);
    }
    expect(calls).toEqual([valid, forged, forged]);
  });
});
