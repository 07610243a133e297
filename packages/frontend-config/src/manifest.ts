import { DOMAINS, type DomainDefinition, envName, gatewayPort, oidcIssuer, remotePort } from '@shian/platform';

type Env = Record<string, string | undefined>;

/** What the shell fetches at `GET /remotes.json` before it renders anything. */
export interface RemotesManifest {
  /** The gateway's base URL: `<gatewayUrl>/graphql`, `<gatewayUrl>/auth/token`. */
  gatewayUrl: string;
  /** Deployed remotes by domain name; a planned domain missing here shows 该模块尚未部署. */
  remotes: Record<string, RemoteLocation>;
  /** Where people sign in: read at run time, so that a bureau points the shell at its own issuer without a rebuild. */
  oidc: OidcSettings;
}

/** The shell's OpenID Connect client: authorization code + PKCE, a public client. */
export interface OidcSettings {
  /** The issuer's URL (its discovery document is `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  scope: string;
}

/**
 * `AUTH_ISSUER` (the development OpenID provider on IDP_PORT by default), `OIDC_CLIENT_ID` (default `shian-shell`),
 * `OIDC_SCOPE` (default `openid profile`).
 */
export function oidcSettings(env: Env = process.env): OidcSettings {
  return {
    issuer: oidcIssuer(env),
    clientId: env.OIDC_CLIENT_ID?.trim() || 'shian-shell',
    scope: env.OIDC_SCOPE?.trim() || 'openid profile',
  };
}

export interface RemoteLocation {
  /** The Module Federation container name (`shian_<domain>`). */
  name: string;
  /** The remote's `remoteEntry.js`. */
  entry: string;
  /** The remote's public origin (where its assets load from). */
  url: string;
  /** The navigation label: the shell shows a domain it was built without (one added since) under this name. */
  label: string;
}

/** A remote's Module Federation name: a valid identifier, the same in its build and in the shell's manifest. */
export const federationName = (domain: string) => `shian_${domain.replace(/[^A-Za-z0-9_]/g, '_')}`;

/**
 * Where a remote is served from: `<DOMAIN>_REMOTE_URL` (its origin, or its `remoteEntry.js`), else
 * `http://localhost:<remotePort>`. The remote's build uses it as its absolute `base`, the shell's manifest as the
 * entry, so set it for both when a remote moves.
 */
export function remoteLocation(domain: DomainDefinition, env: Env = process.env): RemoteLocation {
  const configured = env[envName(domain.name, 'REMOTE_URL')]?.trim();
  const given = configured || `http://localhost:${remotePort(domain, env)}`;
  const isEntry = /\.js$/.test(given);
  const url = (isEntry ? given.slice(0, given.lastIndexOf('/')) : given).replace(/\/+$/, '');
  return {
    name: federationName(domain.name),
    entry: isEntry ? given : `${url}/remoteEntry.js`,
    url,
    label: domain.label,
  };
}

/** `GATEWAY_URL` (the gateway's public base URL), else `http://localhost:<GATEWAY_PORT>`. */
export function publicGatewayUrl(env: Env = process.env): string {
  return (env.GATEWAY_URL?.trim() || `http://localhost:${gatewayPort(env)}`)
    .replace(/\/+$/, '')
    .replace(/\/graphql$/, '');
}

/**
 * The manifest, from the platform's DOMAINS and the environment, computed when the shell's server starts: a
 * remote moves (or a domain is deployed) without rebuilding the shell. `SHIAN_REMOTES` (comma-separated domain
 * names) says which remotes are deployed; without it, a domain is listed when its `<DOMAIN>_REMOTE_URL` is set or
 * `hasRemote` says its remote exists (the shell's server: `frontends/<domain>` has a `start` script), so that a
 * domain whose subgraph landed before its screens shows 该模块尚未部署 rather than a failed load.
 */
export function remotesManifest(
  env: Env = process.env,
  domains: readonly DomainDefinition[] = DOMAINS,
  hasRemote: (domain: string) => boolean = () => true,
): RemotesManifest {
  const only = env.SHIAN_REMOTES?.split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const remotes: Record<string, RemoteLocation> = {};
  for (const domain of domains) {
    const listed = only
      ? only.includes(domain.name)
      : Boolean(env[envName(domain.name, 'REMOTE_URL')]?.trim()) || hasRemote(domain.name);
    if (listed) remotes[domain.name] = remoteLocation(domain, env);
  }
  return { gatewayUrl: publicGatewayUrl(env), remotes, oidc: oidcSettings(env) };
}

/**
 * Entries that replace the computed ones while the shell runs: `{ gatewayUrl?, remotes?: { <domain>: { entry,
 * url?, name?, label? } | null } }` (null takes a remote out). The shell's server reads it from the file named by
 * `SHIAN_REMOTES_FILE` on every request, so editing the file moves or swaps a remote in the running shell: no
 * rebuild, no restart, the next page load uses it.
 */
export interface RemotesOverride {
  gatewayUrl?: string;
  remotes?: Record<string, (Partial<RemoteLocation> & { entry: string }) | null>;
}

export function applyRemotesOverride(manifest: RemotesManifest, override: RemotesOverride): RemotesManifest {
  const remotes = { ...manifest.remotes };
  for (const [domain, entry] of Object.entries(override.remotes ?? {})) {
    if (entry === null) {
      delete remotes[domain];
      continue;
    }
    if (typeof entry?.entry !== 'string' || !entry.entry) throw new Error(`remotes.${domain}.entry is missing`);
    const url = (entry.url ?? entry.entry.slice(0, entry.entry.lastIndexOf('/'))).replace(/\/+$/, '');
    remotes[domain] = {
      name: entry.name ?? remotes[domain]?.name ?? federationName(domain),
      entry: entry.entry,
      url,
      label: entry.label ?? remotes[domain]?.label ?? domain,
    };
  }
  const gatewayUrl = override.gatewayUrl?.replace(/\/+$/, '').replace(/\/graphql$/, '') || manifest.gatewayUrl;
  return { ...manifest, gatewayUrl, remotes };
}
