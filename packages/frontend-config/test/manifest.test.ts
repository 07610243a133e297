import { describe, expect, it } from 'vitest';
import { applyRemotesOverride, federationName, remotesManifest } from '../src/manifest';

const domains = [
  { name: 'entities', label: '主体与属地', subgraphPort: 4001, remotePort: 5001 },
  { name: 'sampling', label: '抽检监测', subgraphPort: 4002, remotePort: 5002 },
];

describe('remotesManifest', () => {
  it('lists every domain at its default port, with the gateway', () => {
    expect(remotesManifest({}, domains)).toEqual({
      gatewayUrl: 'http://localhost:4000',
      remotes: {
        entities: {
          name: 'shian_entities',
          entry: 'http://localhost:5001/remoteEntry.js',
          url: 'http://localhost:5001',
          label: '主体与属地',
        },
        sampling: {
          name: 'shian_sampling',
          entry: 'http://localhost:5002/remoteEntry.js',
          url: 'http://localhost:5002',
          label: '抽检监测',
        },
      },
      oidc: { issuer: 'http://localhost:4400', clientId: 'shian-shell', scope: 'openid profile' },
    });
  });

  it('tells the shell where people sign in, from the environment', () => {
    expect(remotesManifest({ IDP_PORT: '14400' }, domains).oidc.issuer).toBe('http://localhost:14400');
    expect(
      remotesManifest(
        { AUTH_ISSUER: 'https://sso.example.cn/realms/shian/', OIDC_CLIENT_ID: 'food', OIDC_SCOPE: 'openid groups' },
        domains,
      ).oidc,
    ).toEqual({ issuer: 'https://sso.example.cn/realms/shian', clientId: 'food', scope: 'openid groups' });
  });

  it('follows ports, <DOMAIN>_REMOTE_URL and GATEWAY_URL from the environment', () => {
    const manifest = remotesManifest(
      {
        ENTITIES_REMOTE_PORT: '6001',
        SAMPLING_REMOTE_URL: 'https://cdn.example.org/sampling/v2/remoteEntry.js',
        GATEWAY_URL: 'https://api.example.org/graphql',
      },
      domains,
    );
    expect(manifest.gatewayUrl).toBe('https://api.example.org');
    expect(manifest.remotes.entities!.entry).toBe('http://localhost:6001/remoteEntry.js');
    expect(manifest.remotes.sampling).toEqual({
      name: 'shian_sampling',
      entry: 'https://cdn.example.org/sampling/v2/remoteEntry.js',
      url: 'https://cdn.example.org/sampling/v2',
      label: '抽检监测',
    });
  });

  it('lists only the deployed remotes when SHIAN_REMOTES says which', () => {
    expect(Object.keys(remotesManifest({ SHIAN_REMOTES: 'sampling' }, domains).remotes)).toEqual(['sampling']);
  });

  it('leaves out domains whose remote does not exist yet, unless its URL is given', () => {
    const hasRemote = (domain: string) => domain === 'entities';
    expect(Object.keys(remotesManifest({}, domains, hasRemote).remotes)).toEqual(['entities']);
    const moved = remotesManifest({ SAMPLING_REMOTE_URL: 'http://elsewhere:9000' }, domains, hasRemote);
    expect(Object.keys(moved.remotes)).toEqual(['entities', 'sampling']);
  });

  it('makes federation names valid identifiers', () => {
    expect(federationName('partner-demo')).toBe('shian_partner_demo');
  });

  it('applies a run-time override: a remote swapped, one taken out, the gateway moved', () => {
    const manifest = applyRemotesOverride(remotesManifest({}, domains), {
      gatewayUrl: 'https://api.example.org/graphql',
      remotes: { entities: { entry: 'http://127.0.0.1:15069/v2/remoteEntry.js' }, sampling: null },
    });
    expect(manifest).toEqual({
      gatewayUrl: 'https://api.example.org',
      remotes: {
        entities: {
          name: 'shian_entities',
          entry: 'http://127.0.0.1:15069/v2/remoteEntry.js',
          url: 'http://127.0.0.1:15069/v2',
          label: '主体与属地',
        },
      },
      oidc: { issuer: 'http://localhost:4400', clientId: 'shian-shell', scope: 'openid profile' },
    });
    expect(() => applyRemotesOverride(manifest, { remotes: { x: {} as never } })).toThrow(/entry/);
  });
});
