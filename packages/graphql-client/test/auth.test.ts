import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeToken, gatewayBase, graphqlEndpoint, isExpired, requestToken } from '../src';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: object) => `${encode({ alg: 'HS256' })}.${encode(claims)}.signature`;

describe('tokens', () => {
  it('decodes claims with Chinese names', () => {
    const claims = decodeToken(
      token({ sub: 'township', name: '张监管', role: 'township', townshipId: '511902001', exp: 2 }),
    );
    expect(claims).toEqual({
      username: 'township',
      name: '张监管',
      role: 'township',
      townshipId: '511902001',
      department: undefined,
      expiresAt: 2000,
    });
    expect(isExpired(claims!, 3000)).toBe(true);
  });

  it('refuses what is not a JWT', () => {
    expect(decodeToken('nonsense')).toBeUndefined();
    expect(decodeToken(token({ name: 'x' }))).toBeUndefined();
    expect(decodeToken(null)).toBeUndefined();
  });
});

describe('gateway URLs', () => {
  it('accepts the base or the endpoint', () => {
    expect(gatewayBase('http://localhost:4000/')).toBe('http://localhost:4000');
    expect(graphqlEndpoint('http://localhost:4000/graphql')).toBe('http://localhost:4000/graphql');
    expect(graphqlEndpoint('http://localhost:4000')).toBe('http://localhost:4000/graphql');
  });
});

describe('requestToken', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the credentials and returns the token', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ token: 't', expiresIn: 10 }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await expect(requestToken('http://gw', 'admin', 'pw')).resolves.toBe('t');
    expect(fetch).toHaveBeenCalledWith('http://gw/auth/token', expect.objectContaining({ method: 'POST' }));
  });

  it('says so in Chinese when the password is wrong or the gateway is down', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 401 }));
    await expect(requestToken('http://gw', 'admin', 'x')).rejects.toThrow('用户名或密码错误');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(requestToken('http://gw', 'admin', 'x')).rejects.toThrow('无法连接认证服务');
  });
});
