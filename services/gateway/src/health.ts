import { type RouteHandler, sendJson } from '@shian/server';
import type { Dispatcher } from 'undici';
import { fetch } from 'undici';
import { healthUrl, type SubgraphEndpoint } from './subgraphs';

export type SubgraphStatus = 'up' | 'down';

/**
 * `GET /health`: 200 when every subgraph answers its own /health within the timeout, else 503 naming the ones
 * that do not. Probed on each call (no cache): it is cheap, and a stale "up" would defeat its purpose.
 */
export function healthRoute(subgraphs: SubgraphEndpoint[], dispatcher: Dispatcher, timeoutMs: number): RouteHandler {
  return async (_req, res) => {
    const statuses = await Promise.all(
      subgraphs.map(async ({ name, url }): Promise<[string, SubgraphStatus]> => {
        try {
          const response = await fetch(healthUrl(url), { dispatcher, signal: AbortSignal.timeout(timeoutMs) });
          await response.body?.cancel();
          return [name, response.ok ? 'up' : 'down'];
        } catch {
          return [name, 'down'];
        }
      }),
    );
    const down = statuses.filter(([, status]) => status === 'down').map(([name]) => name);
    const body = { subgraphs: Object.fromEntries(statuses) };
    res.setHeader('cache-control', 'no-store');
    if (down.length === 0) sendJson(res, 200, { status: 'ok', ...body });
    else sendJson(res, 503, { status: 'degraded', down, ...body });
  };
}
