import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AuthError, authenticateDemoUser, createVerifier, DEMO_USERS, DEVELOPMENT_SECRET, signToken } from '../src';

const verify = createVerifier({ secret: DEVELOPMENT_SECRET, issuer: 'shian-dev-idp', audience: 'shian' });

describe('tokens', () => {
  it('round-trips every demo user with its scope', async () => {
    for (const user of DEMO_USERS) {
      const { token } = await signToken(user);
      expect(await verify(token)).toEqual(user);
    }
  });

  it('refuses an expired token', async () => {
    const { token } = await signToken(DEMO_USERS[1]!, { expiresIn: -10 });
    await expect(verify(token)).rejects.toThrow('令牌已过期');
  });

  it('refuses a token signed with another key', async () => {
    const { token } = await signToken(DEMO_USERS[1]!, { secret: 'another-secret' });
    await expect(verify(token)).rejects.toBeInstanceOf(AuthError);
  });

  it('refuses an unsigned token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({ sub: 'admin', role: 'leader', iss: 'shian-dev-idp', aud: 'shian' }),
    ).toString('base64url');
    await expect(verify(`${header}.${body}.`)).rejects.toThrow('令牌无效');
  });

  it('never gives a user token a service identity: a `service` or `act` claim is ignored, a service username refused', async () => {
    const sign = (sub: string, claims: Record<string, unknown>) =>
      new SignJWT({ role: 'leader', name: '王局长', ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer('shian-dev-idp')
        .setAudience('shian')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(DEVELOPMENT_SECRET));
    const identity = await verify(await sign('admin', { service: 'reminders', act: { service: 'reminders' } }));
    expect(identity).toEqual({ username: 'admin', name: '王局长', role: 'leader' });
    expect(identity.service).toBeUndefined();
    await expect(verify(await sign('system:reminders', { service: 'reminders' }))).rejects.toThrow('用户名不可用');
  });

  it('refuses a partner token without its department', async () => {
    const token = await new SignJWT({ role: 'partner' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('police')
      .setIssuer('shian-dev-idp')
      .setAudience('shian')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(DEVELOPMENT_SECRET));
    await expect(verify(token)).rejects.toThrow('缺少所属部门');
  });

  it('refuses a village token without its village, or paired with another township', async () => {
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT({ role: 'village', ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('village')
        .setIssuer('shian-dev-idp')
        .setAudience('shian')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(DEVELOPMENT_SECRET));
    await expect(verify(await sign({ townshipId: '511902001' }))).rejects.toThrow('缺少所属村(社区)');
    await expect(verify(await sign({ villageId: 'x' }))).rejects.toThrow('缺少所属村(社区)');
    await expect(verify(await sign({ villageId: '511902001201', townshipId: '511902002' }))).rejects.toThrow('不符');
    // The township comes from the village code when the issuer sends none.
    expect(await verify(await sign({ villageId: '511902003202' }))).toMatchObject({
      role: 'village',
      villageId: '511902003202',
      townshipId: '511902003',
    });
  });

  it('checks demo passwords', () => {
    expect(authenticateDemoUser('officer', 'shian-demo')?.role).toBe('officer');
    expect(authenticateDemoUser('officer', 'wrong')).toBeUndefined();
    expect(authenticateDemoUser('nobody', 'shian-demo')).toBeUndefined();
  });
});
