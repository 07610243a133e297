import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Tracing is on only when an OTLP endpoint is configured: the standard variable, so a collector's usual
 * deployment recipe (and the traces-only variant) turns it on without anything of ours.
 */
export function tracingEndpoint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  return endpoint;
}

/**
 * The process's service.name: OTEL_SERVICE_NAME when set (what a deployment sets), else named after the package
 * the process was started in, as `pnpm start` and the test suite do (`@shian/gateway` → gateway,
 * `@shian/service-entities` → entities). The import that starts tracing runs before the entry knows which
 * subgraph it serves, so the working directory is the one thing that tells the five subgraphs apart there.
 */
export function serviceName(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const fromEnv = env.OTEL_SERVICE_NAME?.trim();
  if (fromEnv) return fromEnv;
  try {
    const { name } = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { name?: unknown };
    if (typeof name === 'string' && name) return name.replace(/^@[^/]+\//, '').replace(/^service-/, '');
  } catch {
    // no package.json here: a bundle run from elsewhere without OTEL_SERVICE_NAME
  }
  return 'unknown_service:node';
}
