import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDomain, gatewayPort, oidcIssuer, remotePort } from '@shian/platform';

/**
 * Serves the partner's page: a few static files and `config.json`, which tells the page where the gateway and the
 * enforcement module are. A partner's real page would hold these two URLs in its own configuration.
 */
export interface PartnerDemoConfig {
  gatewayUrl: string;
  moduleUrl: string;
}

const DEPARTMENTS = ['police', 'education', 'agriculture'] as const;
export type PartnerDepartment = (typeof DEPARTMENTS)[number];

/**
 * The partner's backend credentials: one confidential client per department at the bureau's identity provider.
 * They stay on this server; the page only ever sees the department token they buy.
 */
export interface PartnerCredentials {
  /** The bureau's OpenID issuer; its discovery document names the token endpoint. */
  issuer: string;
  clients: Record<PartnerDepartment, { clientId: string; clientSecret: string }>;
}

/**
 * `AUTH_ISSUER` (default the development provider on IDP_PORT); per department `PARTNER_<DEPARTMENT>_CLIENT_ID`
 * (default `partner-<department>`) and `PARTNER_<DEPARTMENT>_CLIENT_SECRET` (default the development secret of
 * services/idp). One real partner holds one department's pair; this demo stands for all three.
 */
export function partnerCredentials(env: NodeJS.ProcessEnv = process.env): PartnerCredentials {
  const clients = {} as PartnerCredentials['clients'];
  for (const department of DEPARTMENTS) {
    const name = `PARTNER_${department.toUpperCase()}`;
    clients[department] = {
      clientId: env[`${name}_CLIENT_ID`]?.trim() || `partner-${department}`,
      clientSecret: env[`${name}_CLIENT_SECRET`]?.trim() || `${department}-development-secret`,
    };
  }
  return { issuer: oidcIssuer(env), clients };
}

/** Client credentials at the issuer's token endpoint: `{ token, expiresIn }` for one department. */
export function departmentTokens(credentials: PartnerCredentials, fetchImpl: typeof fetch = fetch) {
  let tokenEndpoint: Promise<string> | undefined;
  const discover = async () => {
    const response = await fetchImpl(`${credentials.issuer}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
    const { token_endpoint } = (await response.json()) as { token_endpoint?: unknown };
    if (typeof token_endpoint !== 'string') throw new Error('discovery names no token_endpoint');
    return token_endpoint;
  };
  return async (department: PartnerDepartment): Promise<{ token: string; expiresIn: number }> => {
    tokenEndpoint ??= discover().catch((error) => {
      tokenEndpoint = undefined;
      throw error;
    });
    const { clientId, clientSecret } = credentials.clients[department];
    const response = await fetchImpl(await tokenEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new Error(`the identity provider refused ${clientId} (HTTP ${response.status})`);
    }
    return { token: body.access_token, expiresIn: Number(body.expires_in) || 0 };
  };
}

export function partnerDemoConfig(env: NodeJS.ProcessEnv = process.env): PartnerDemoConfig {
  const gatewayUrl = (env.GATEWAY_URL?.trim() || `http://localhost:${gatewayPort(env)}`)
    .replace(/\/+$/, '')
    .replace(/\/graphql$/, '');
  const remote = (
    env.ENFORCEMENT_REMOTE_URL?.trim() || `http://localhost:${remotePort(findDomain('enforcement'), env)}`
  )
    .replace(/\/(remoteEntry|embed)\.js$/, '')
    .replace(/\/+$/, '');
  return { gatewayUrl, moduleUrl: `${remote}/embed.js` };
}

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function createPartnerDemoServer(
  config: PartnerDemoConfig,
  tokenFor: (department: PartnerDepartment) => Promise<{ token: string; expiresIn: number }> = departmentTokens(
    partnerCredentials(),
  ),
) {
  return createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/partner-token') {
      // Same origin as the page, so the browser sends the partner's own session with it: a real backend checks here
      // that the person is one of its staff before buying them a department token.
      const department = (url.searchParams.get('department') ?? 'police') as PartnerDepartment;
      const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
      if (request.method !== 'GET' || !DEPARTMENTS.includes(department)) {
        response.writeHead(400, headers).end(JSON.stringify({ error: '未知的协作部门' }));
        return;
      }
      try {
        const body = JSON.stringify(await tokenFor(department));
        response.writeHead(200, headers).end(body);
      } catch (error) {
        console.error('partner token:', (error as Error).message);
        response.writeHead(502, headers).end(JSON.stringify({ error: '无法从市场监管局的认证服务获取令牌' }));
      }
      return;
    }
    // Probes: it serves files and forwards token requests, so answering at all is being ready.
    if (path === '/live' || path === '/ready') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(config));
      return;
    }
    const file = normalize(join(PUBLIC, path === '/' ? 'index.html' : path));
    if (!file.startsWith(PUBLIC)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到');
    }
  });
}
