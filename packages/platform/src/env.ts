import { DOMAINS, GATEWAY_PORT, IDP_PORT, PARTNER_DEMO_PORT, SHELL_PORT, type DomainDefinition } from './domains';

type Env = Record<string, string | undefined>;

/** A domain's variable: `envName('inspections-demo', 'URL')` is `INSPECTIONS_DEMO_URL`. */
export const envName = (domain: string, suffix: string) =>
  `${domain.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${suffix}`;

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name}=${raw} is not a port number`);
  return value;
}

/** Every port comes from the environment, with the defaults of docs/architecture.md. */
export function subgraphPort(domain: DomainDefinition, env: Env = process.env): number {
  return port(env, envName(domain.name, 'PORT'), domain.subgraphPort);
}

export function subgraphUrl(domain: DomainDefinition, env: Env = process.env): string {
  return env[envName(domain.name, 'URL')] ?? `http://127.0.0.1:${subgraphPort(domain, env)}/graphql`;
}

export function remotePort(domain: DomainDefinition, env: Env = process.env): number {
  return port(env, envName(domain.name, 'REMOTE_PORT'), domain.remotePort);
}

export const gatewayPort = (env: Env = process.env) => port(env, 'GATEWAY_PORT', GATEWAY_PORT);
export const shellPort = (env: Env = process.env) => port(env, 'SHELL_PORT', SHELL_PORT);
export const partnerDemoPort = (env: Env = process.env) => port(env, 'PARTNER_DEMO_PORT', PARTNER_DEMO_PORT);
export const idpPort = (env: Env = process.env) => port(env, 'IDP_PORT', IDP_PORT);

/**
 * The OpenID issuer people sign in with: `AUTH_ISSUER` (a bureau's own IdP in production), else the development
 * provider of services/idp on IDP_PORT (whose issuer is that same URL). The verifiers, the shell's manifest and the
 * partner demo's backend all read it here, so that the issuer every process expects is one string.
 */
export const oidcIssuer = (env: Env = process.env) =>
  (env.AUTH_ISSUER?.trim() || `http://localhost:${idpPort(env)}`).replace(/\/+$/, '');

export function findDomain(name: string): DomainDefinition {
  const domain = DOMAINS.find((d) => d.name === name);
  if (!domain) throw new Error(`Unknown domain "${name}": it is not listed in packages/platform/src/domains.ts`);
  return domain;
}
