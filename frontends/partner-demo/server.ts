import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDomain, gatewayPort, remotePort } from '@shian/platform';

/**
 * Serves the partner's page: a few static files and `config.json`, which tells the page where the gateway and the
 * enforcement module are. A partner's real page would hold these two URLs in its own configuration.
 */
export interface PartnerDemoConfig {
  gatewayUrl: string;
  moduleUrl: string;
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

export function createPartnerDemoServer(config: PartnerDemoConfig) {
  return createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
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
