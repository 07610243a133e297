import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { HttpInstrumentation as HttpInstrumentationClass } from '@opentelemetry/instrumentation-http';
import type { UndiciInstrumentation as UndiciInstrumentationClass } from '@opentelemetry/instrumentation-undici';
import type { NodeSDK as NodeSDKClass } from '@opentelemetry/sdk-node';
import { serviceName, tracingEndpoint } from './config';

let sdk: NodeSDKClass | undefined;

/** Whether this process exports traces (false when OTEL_EXPORTER_OTLP_ENDPOINT is unset). */
export const tracingStarted = (): boolean => sdk !== undefined;

/** Probes poll every few seconds: a trace each would bury the requests people look for. */
const PROBE_PATH = /^\/(health|live|ready|metrics)(\/|\?|$)/;

/**
 * Starts the OpenTelemetry SDK when an OTLP endpoint is configured; otherwise returns false having loaded nothing.
 *
 * The exporter is the SDK's own choice from the standard variables (OTEL_EXPORTER_OTLP_PROTOCOL: http/protobuf by
 * default, http/json, grpc), and so are the propagator (W3C traceparent and baggage), the sampler and the batch
 * settings (OTEL_TRACES_SAMPLER, OTEL_BSP_SCHEDULE_DELAY, …). Metrics and logs stay off here: metrics are
 * Prometheus' /metrics, logs are pino's lines.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): boolean {
  if (sdk) return true;
  if (!tracingEndpoint(env)) return false;
  // Required, not imported: the SDK and its exporters take about 1.4 s and 30 MB to load on these machines, which a
  // process that does not trace must not pay, and an awaited import() would let the entry's other modules run
  // (and its servers start) before tracing is in place.
  const require = createRequire(import.meta.url);
  const { NodeSDK } = require('@opentelemetry/sdk-node') as { NodeSDK: typeof NodeSDKClass };
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as {
    HttpInstrumentation: typeof HttpInstrumentationClass;
  };
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as {
    UndiciInstrumentation: typeof UndiciInstrumentationClass;
  };
  sdk = new NodeSDK({
    serviceName: serviceName(env),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => PROBE_PATH.test(request.url ?? ''),
        // Outgoing calls are undici's (the gateway's fetches, the kit's gateway client); node:http requests without
        // a request behind them (an SDK's own) are noise.
        requireParentforOutgoingSpans: true,
      }),
      // Without a parent only the health polls and key fetches remain, which no request is waiting on.
      new UndiciInstrumentation({ requireParentforSpans: true }),
    ],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  // The http instrumentation patches node:http (its Server's `emit`, where incoming requests get their span) the
  // next time the module is required; the servers import it as an ES module, which never passes through that hook.
  require('node:http');
  flushOnExit(sdk);
  return true;
}

/**
 * Spans wait in a batch for up to OTEL_BSP_SCHEDULE_DELAY (5 s): on SIGTERM/SIGINT send them before the process
 * goes. The servers' own handlers (@shian/server's shutdownOnSignals) drain and exit; where none is installed this
 * one exits after the flush, as the signal would have.
 */
function flushOnExit(started: NodeSDKClass): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      const alone = process.listenerCount(signal) === 0;
      void started
        .shutdown()
        .catch(() => undefined)
        .finally(() => {
          if (alone) process.exit(signal === 'SIGINT' ? 130 : 143);
        });
    });
  }
}
