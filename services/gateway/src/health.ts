import { type RouteHandler, sendJson } from '@shian/server';
import { fetch } from 'undici';
import { healthUrl, type SubgraphEndpoint, type SubgraphTransport } from './subgraphs';

export type SubgraphStatus = 'up' | 'down';

/**
 * `GET /health`, for people: 200 when every subgraph answers its own /health within the timeout, else 503 naming
 * the ones that do not; beside them each subgraph's breaker (`closed`, `open`: failing fast, `half-open`:
 * probing). Probed on each call (no cache): it is cheap, and a stale "up" would defeat its purpose.
 */
export function healthRoute(
  subgraphs: SubgraphEndpoint[],
  transport: Pick<SubgraphTransport, 'agent' | 'breakerStates'>,
  timeoutMs: number,
): RouteHandler {
  return async (_req, res) => {
    const statuses = await Promise.all(
      subgraphs.map(async ({ name, url }): Promise<[string, SubgraphStatus]> => {
        try {
          const response = await fetch(healthUrl(url), {
            dispatcher: transport.agent,
            signal: AbortSignal.timeout(timeoutMs),
          });
          await response.body?.cancel();
          return [name, response.ok ? 'up' : 'down'];
        } catch {
          return [name, 'down'];
        }
      }),
    );
    const down = statuses.filter(([, status]) => status === 'down').map(([name]) => name);
    const states = transport.breakerStates();
    const breakers = Object.fromEntries(subgraphs.map(({ name }) => [name, states[name] ?? 'closed']));
    const body = { subgraphs: Object.fromEntries(statuses), breakers };
    res.setHeader('cache-control', 'no-store');
    if (down.length === 0) sendJson(res, 200, { status: 'ok', ...body });
    else sendJson(res, 503, { status: 'degraded', down, ...body });
  };
}

/** `GET /live`: the process runs and answers HTTP. A restart is the only cure for a process that does not. */
export function liveRoute(): RouteHandler {
  return (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, { status: 'live' });
  };
}

/**
 * `GET /ready`: 200 once the supergraph is loaded. A subgraph that is down does not make the gateway unready:
 * it still answers every other subgraph's fields, and taking it out of rotation would lose those too.
 */
export function readyRoute(loaded: () => boolean): RouteHandler {
  return (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (loaded()) sendJson(res, 200, { status: 'ready' });
    else sendJson(res, 503, { status: 'starting' });
  };
}
