import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LoadOptions {
  url: string;
  /** Request bodies, sent in turn (distinct variables, so that no gateway can merge identical requests). */
  bodies: string[];
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts: a run with any of these does not count. */
  failures: number;
}

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-worker.mjs');

/**
 * autocannon in its own process (the load must not share an event loop with what it measures): a warm-up run at the
 * same concurrency, thrown away, then the measured run.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await autocannon({ ...options, seconds: options.warmupSeconds });
  return autocannon(options);
}

function autocannon(options: LoadOptions): Promise<LoadResult> {
  const config = {
    url: options.url,
    bodies: options.bodies,
    headers: options.headers,
    connections: options.connections,
    seconds: options.seconds,
  };
  const args = [WORKER, JSON.stringify(config)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        const r = JSON.parse(line);
        resolve({
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          mean: r.latency.average,
          requests: r.requests.total,
          failures: (r.non2xx ?? 0) + (r.errors ?? 0) + (r.timeouts ?? 0),
        });
      } catch {
        reject(new Error(`autocannon exited ${code}: ${err.slice(-500) || out.slice(-500)}`));
      }
    });
  });
}
