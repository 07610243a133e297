import { Counter, Histogram, LATENCY_BUCKETS, type ServerMetrics, scrapeGauge } from '@shian/server';
import type { BreakerState } from './faults';
import type { ArtifactName, PolledArtifact, ReloadEvent } from './reload';

/** How one fetch to a subgraph ended; `attempt` in subgraphs.ts decides which. */
export type FetchOutcome =
  | 'ok'
  /** The subgraph answered, not 2xx (it refused the credential, or crashed mid-request). */
  | 'http_error'
  | 'connect_failure'
  /** The subgraph's own timeout (SUBGRAPH_TIMEOUT_MS) ran out: counted against it by the breaker. */
  | 'timeout'
  /** The request's deadline ran out first: not the subgraph's fault. */
  | 'deadline'
  /** Refused by the open breaker without a connection attempt. */
  | 'breaker_open'
  | 'error';

/** What the subgraph transport reports; absent in tests that build a transport without metrics. */
export interface FetchObserver {
  fetched(subgraph: string, outcome: FetchOutcome, seconds: number): void;
  retried(subgraph: string): void;
  /** Read at every scrape. */
  watchBreakers(states: () => Record<string, BreakerState>): void;
}

const BREAKER_STATES: BreakerState[] = ['closed', 'half-open', 'open'];

/** The gateway's own series, on the process's registry beside the ones every server has. */
export function gatewayFetchMetrics(metrics: ServerMetrics): FetchObserver {
  const registers = [metrics.registry];
  const duration = new Histogram({
    name: 'shian_gateway_subgraph_fetch_duration_seconds',
    help: "Each fetch from the gateway to a subgraph, by subgraph and outcome, to the answer's headers",
    labelNames: ['subgraph', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const retries = new Counter({
    name: 'shian_gateway_subgraph_retries_total',
    help: 'Query fetches retried once after a connection failure, by subgraph',
    labelNames: ['subgraph'],
    registers,
  });
  return {
    fetched: (subgraph, outcome, seconds) => duration.observe({ subgraph, outcome }, seconds),
    retried: (subgraph) => retries.inc({ subgraph }),
    watchBreakers(states) {
      scrapeGauge(
        metrics,
        {
          name: 'shian_gateway_breaker_state',
          help: "1 for each subgraph breaker's current state (closed, half-open, open), 0 for the others",
          labelNames: ['subgraph', 'state'] as const,
        },
        function* () {
          for (const [subgraph, current] of Object.entries(states())) {
            for (const state of BREAKER_STATES) yield [{ subgraph, state }, state === current ? 1 : 0];
          }
        },
      );
    },
  };
}

/**
 * Reloads of the supergraph and the trusted-operations manifest: each attempt counted by outcome, and the version
 * each replica serves (1 on the served version), so a release that reached only some replicas shows.
 */
export function artifactReloadMetrics(
  metrics: ServerMetrics,
  artifacts: Partial<Record<ArtifactName, PolledArtifact>>,
  next?: (event: ReloadEvent) => void,
): (event: ReloadEvent) => void {
  const reloads = new Counter({
    name: 'shian_gateway_artifact_reloads_total',
    help: 'Attempts to load a new supergraph or trusted-operations manifest, by artifact and outcome (loaded, failed)',
    labelNames: ['artifact', 'outcome'],
    registers: [metrics.registry],
  });
  scrapeGauge(
    metrics,
    {
      name: 'shian_gateway_artifact_version',
      help: 'The version (sha256 prefix) of each artifact this gateway serves',
      labelNames: ['artifact', 'version'] as const,
    },
    function* () {
      for (const [artifact, polled] of Object.entries(artifacts)) {
        if (polled) yield [{ artifact, version: polled.status().version }, 1];
      }
    },
  );
  return (event) => {
    reloads.inc({ artifact: event.artifact, outcome: event.outcome });
    next?.(event);
  };
}
