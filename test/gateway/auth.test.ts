import { DEMO_USERS, signToken } from '@shian/auth';
import { describe, expect, it } from 'vitest';
import { codes, data, gql, signIn } from '../harness/graphql';

const officerIdentity = DEMO_USERS.find((u) => u.username === 'officer')!;

describe('authentication through the gateway', () => {
  it('issues tokens to demo users and refuses a wrong password', async () => {
    const ok = await signIn('officer', 'shian-demo');
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { token: string; expiresIn: number };
    expect(body.token.split('.')).toHaveLength(3);
    expect(body.expiresIn).toBeGreaterThan(0);

    const wrong = await signIn('officer', 'wrong-password');
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(await wrong.json())).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses an anonymous call with UNAUTHENTICATED', async () => {
    const result = await gql({ anonymous: true }, '{ townships { id } }');
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data?.townships).toBeUndefined();
  });

  it('refuses a token signed with another key', async () => {
    const { token } = await signToken(officerIdentity, { secret: 'not-the-platform-secret' });
    const result = await gql({ token }, '{ townships { id } }');
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an unsigned token', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
      sub: 'admin',
      role: 'leader',
      name: 'x',
      iss: 'shian-dev-idp',
      aud: 'shian',
      exp: Math.floor(Date.now() / 1000) + 600,
    };
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
    const result = await gql({ token }, '{ townships { id } }');
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an expired token', async () => {
    const { token } = await signToken(officerIdentity, { expiresIn: -60 });
    const result = await gql({ token }, '{ townships { id } }');
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors?.[0]?.message).toMatch(/过期|无效/);
  });
});

describe('row scope: the township user', () => {
  const township = { as: 'township' };

  it("sees only township 511902001's entities", async () => {
    const own = (await data(township, '{ entities(first: 100) { totalCount nodes { township { id } } } }')).entities;
    const all = (await data({ as: 'officer' }, '{ entities(first: 1) { totalCount } }')).entities;
    expect(own.totalCount).toBeGreaterThan(0);
    expect(own.totalCount).toBeLessThan(all.totalCount);
    expect(new Set(own.nodes.map((n: { township: { id: string } }) => n.township.id))).toEqual(new Set(['511902001']));

    // Asking for another township through the filter does not widen the scope.
    const other = (await data(township, '{ entities(filter: { townshipId: "511902002" }) { totalCount } }')).entities;
    expect(other.totalCount).toBe(0);
  });

  it("cannot read another township's entity by id", async () => {
    const foreign = (
      await data({ as: 'officer' }, '{ entities(first: 1, filter: { townshipId: "511902002" }) { nodes { id } } }')
    ).entities.nodes[0];
    const result = await gql(township, 'query ($id: ID!) { entity(id: $id) { id } }', { id: foreign.id });
    expect(result.data?.entity ?? null).toBeNull();
    if (result.errors) expect(codes(result).every((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND')).toBe(true);
  });

  it('partners do not read the register', async () => {
    const result = await gql({ as: 'police' }, '{ entities(first: 1) { totalCount } }');
    expect(codes(result)).toContain('FORBIDDEN');
  });
});
