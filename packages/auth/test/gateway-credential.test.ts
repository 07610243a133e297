import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  DEVELOPMENT_GATEWAY_PUBLIC_KEY,
  DEVELOPMENT_SECRET,
  GatewayCredentialError,
  gatewayCredentials,
  gatewayCredentialVerifier,
  GatewayKeyError,
  generateGatewayKeyPair,
  loadGatewayPublicKey,
  loadGatewaySigningKey,
  SERVICE_IDENTITIES,
  signGatewayCredential,
} from '../src';

const pair = generateGatewayKeyPair();
const privateKey = createPrivateKey(pair.privateKey);
const publicKey = createPublicKey(pair.publicKey);

describe('gateway credentials', () => {
  it('verify for the subgraph they were signed for', async () => {
    const verify = gatewayCredentialVerifier(publicKey, 'entities');
    await expect(verify(await signGatewayCredential(privateKey, 'entities'))).resolves.toEqual({});
  });

  it('name a service only as the gateway signed it, and only a known one', async () => {
    const verify = gatewayCredentialVerifier(publicKey, 'entities');
    const signed = await signGatewayCredential(privateKey, 'entities', 60, Date.now(), 'reminders');
    expect(await verify(signed)).toEqual({ act: SERVICE_IDENTITIES.reminders });
    // Remembered credentials answer the same.
    expect(await verify(signed)).toEqual({ act: SERVICE_IDENTITIES.reminders });
    const withAct = (act: unknown, key = privateKey) =>
      new SignJWT({ act: act as Record<string, unknown> })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setIssuer('shian-gateway')
        .setAudience('entities')
        .setIssuedAt()
        .setExpirationTime('1m')
        .sign(key);
    for (const act of [{ service: 'admin' }, { service: 'reminders', role: 'leader' }, 'reminders', { username: 'x' }])
      await expect(verify(await withAct(act))).rejects.toThrow('网关凭证无效');
    // Signed by anyone but the gateway, a service claim is worth nothing.
    const other = createPrivateKey(generateGatewayKeyPair().privateKey);
    await expect(verify(await withAct({ service: 'reminders' }, other))).rejects.toThrow('网关凭证无效');
    // The gateway's cache keeps a service's credential apart from the plain one.
    const credentials = gatewayCredentials(privateKey);
    const plain = await credentials.credentialFor('entities');
    const service = await credentials.credentialFor('entities', 'reminders');
    expect(await verify(plain)).toEqual({});
    expect(await verify(service)).toEqual({ act: SERVICE_IDENTITIES.reminders });
  });

  it('are refused when missing, for another subgraph, expired, forged or too long-lived', async () => {
    const verify = gatewayCredentialVerifier(publicKey, 'entities');
    await expect(verify(undefined)).rejects.toThrow('缺少网关凭证');
    await expect(verify('')).rejects.toBeInstanceOf(GatewayCredentialError);
    await expect(verify(await signGatewayCredential(privateKey, 'sampling'))).rejects.toThrow('不是签发给本子图的');
    const anHourAgo = Date.now() - 3600_000;
    await expect(verify(await signGatewayCredential(privateKey, 'entities', 60, anHourAgo))).rejects.toThrow('已过期');
    const other = createPrivateKey(generateGatewayKeyPair().privateKey);
    await expect(verify(await signGatewayCredential(other, 'entities'))).rejects.toThrow('网关凭证无效');
    await expect(verify(await signGatewayCredential(privateKey, 'entities', 7 * 24 * 3600))).rejects.toThrow(
      '有效期过长',
    );
  });

  it('refuse a user token, an HMAC token and an unsigned one in the credential header', async () => {
    const verify = gatewayCredentialVerifier(publicKey, 'entities');
    const hmac = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('shian-gateway')
      .setAudience('entities')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(DEVELOPMENT_SECRET));
    await expect(verify(hmac)).rejects.toThrow('网关凭证无效');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ iss: 'shian-gateway', aud: 'entities', iat: 1, exp: 9999999999 }),
    ).toString('base64url')}.`;
    await expect(verify(none)).rejects.toThrow('网关凭证无效');
    const wrongIssuer = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('someone-else')
      .setAudience('entities')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(privateKey);
    await expect(verify(wrongIssuer)).rejects.toThrow('网关凭证无效');
  });

  it('stop being accepted at expiry even after they were verified once', async () => {
    let now = Date.now();
    const verify = gatewayCredentialVerifier(publicKey, 'entities', { now: () => now });
    const credential = await signGatewayCredential(privateKey, 'entities', 60, now);
    await verify(credential);
    now += 30_000;
    await verify(credential);
    now += 40_000;
    await expect(verify(credential)).rejects.toThrow('已过期');
  });

  it('are cached per subgraph and re-signed once half their lifetime is gone', async () => {
    let now = Date.now();
    const credentials = gatewayCredentials(privateKey, { lifetime: 60, now: () => now });
    const first = await credentials.credentialFor('entities');
    expect(credentials.credentialFor('entities')).toBe(first);
    const sampling = await credentials.credentialFor('sampling');
    expect(sampling).not.toBe(first);
    await gatewayCredentialVerifier(publicKey, 'sampling', { now: () => now })(sampling);

    now += 29_000;
    expect(credentials.credentialFor('entities')).toBe(first);
    now += 2_000;
    // Past half-life: still the current one (valid for half a minute more) while the next is signed.
    expect(credentials.credentialFor('entities')).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = credentials.credentialFor('entities');
    expect(typeof second).toBe('string');
    expect(second).not.toBe(first);
    await gatewayCredentialVerifier(publicKey, 'entities', { now: () => now })(second as string);

    // Unused for longer than its lifetime: a fresh one, awaited.
    now += 120_000;
    const third = credentials.credentialFor('entities');
    expect(third).toBeInstanceOf(Promise);
    expect(await third).not.toBe(second);
  });
});

describe('gateway keys', () => {
  it('default to the development pair outside production only', () => {
    expect(loadGatewaySigningKey({}).development).toBe(true);
    expect(loadGatewayPublicKey({}).development).toBe(true);
    expect(() => loadGatewaySigningKey({ NODE_ENV: 'production' })).toThrow(GatewayKeyError);
    expect(() => loadGatewaySigningKey({ NODE_ENV: 'production' })).toThrow('GATEWAY_SIGNING_KEY');
    expect(() => loadGatewayPublicKey({ NODE_ENV: 'production' })).toThrow('GATEWAY_PUBLIC_KEY');
  });

  it('read PEM from the variable or from a file, and recognise the development pair wherever it comes from', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shian-keys-'));
    const file = path.join(dir, 'gateway.pem');
    writeFileSync(file, pair.privateKey);
    const fromFile = loadGatewaySigningKey({ NODE_ENV: 'production', GATEWAY_SIGNING_KEY_FILE: file });
    expect(fromFile).toMatchObject({ source: 'GATEWAY_SIGNING_KEY_FILE', development: false });
    const inline = loadGatewayPublicKey({ NODE_ENV: 'production', GATEWAY_PUBLIC_KEY: pair.publicKey });
    expect(inline).toMatchObject({ source: 'GATEWAY_PUBLIC_KEY', development: false });
    const escaped = loadGatewayPublicKey({ GATEWAY_PUBLIC_KEY: pair.publicKey.replace(/\n/g, '\\n') });
    expect(escaped.development).toBe(false);
    expect(loadGatewaySigningKey({ GATEWAY_SIGNING_KEY: DEVELOPMENT_GATEWAY_PRIVATE_KEY }).development).toBe(true);
    expect(loadGatewayPublicKey({ GATEWAY_PUBLIC_KEY: DEVELOPMENT_GATEWAY_PUBLIC_KEY }).development).toBe(true);
  });

  it('refuse what is not an Ed25519 key, naming the variable', () => {
    expect(() => loadGatewaySigningKey({ GATEWAY_SIGNING_KEY: 'not a key' })).toThrow('GATEWAY_SIGNING_KEY');
    expect(() => loadGatewayPublicKey({ GATEWAY_PUBLIC_KEY_FILE: '/nonexistent/key.pem' })).toThrow(
      'GATEWAY_PUBLIC_KEY_FILE',
    );
    const x25519 = generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => loadGatewayPublicKey({ GATEWAY_PUBLIC_KEY: x25519 })).toThrow('must be an Ed25519 key');
  });
});
