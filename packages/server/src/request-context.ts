import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type http from 'node:http';

/**
 * What one request carries from arrival to its access log line. serveGraphQL opens it; the GraphQL plugin fills in
 * the operation, the caller and the error codes; the gateway's data sources read it to pass the ids on.
 */
export interface RequestRecord {
  /** The caller's `x-request-id` when it is sane, else a fresh UUID; answered in the response's `x-request-id`. */
  id: string;
  /** The incoming `traceparent`, kept to pass on when no OpenTelemetry SDK propagates it. */
  traceparent?: string;
  operation?: string;
  operationType?: string;
  user?: string;
  role?: string;
  /** Error codes of the answer, each once. */
  errorCodes: Set<string>;
}

const storage = new AsyncLocalStorage<RequestRecord>();

export const REQUEST_ID_HEADER = 'x-request-id';

/** The record of the request whose handling is running now, if any. */
export const currentRequest = (): RequestRecord | undefined => storage.getStore();

export function runInRequest<T>(record: RequestRecord, fn: () => T): T {
  return storage.run(record, fn);
}

// A proxy's or a client's id is kept so that one id follows the request through every hop; anything else (too long,
// odd characters that could forge log fields or response headers) is replaced.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function openRequest(req: http.IncomingMessage): RequestRecord {
  const incoming = first(req.headers[REQUEST_ID_HEADER]);
  const traceparent = first(req.headers.traceparent);
  return {
    id: incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID(),
    traceparent: traceparent && traceIdOf(traceparent) ? traceparent : undefined,
    errorCodes: new Set(),
  };
}

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The trace id of a W3C `traceparent` header; undefined when malformed or all zeros (invalid by the spec). */
export function traceIdOf(traceparent: string): string | undefined {
  const traceId = TRACEPARENT.exec(traceparent.trim())?.[1];
  return traceId && !/^0+$/.test(traceId) ? traceId : undefined;
}

interface OtelSpan {
  spanContext(): { traceId: string };
}
interface OtelGlobal {
  context?: { active(): { getValue(key: symbol): unknown } };
}

/*
 * The OpenTelemetry API keeps its registered context manager under a global symbol, and the active span under a
 * context key made with Symbol.for, precisely so that separately installed copies of @opentelemetry/api find each
 * other. Reading them here gives the active span's trace id without this package depending on a particular API
 * version (an older copy refuses a newer SDK's registration and would answer "no span").
 */
const OTEL_API = Symbol.for('opentelemetry.js.api.1');
const SPAN_KEY = Symbol.for('OpenTelemetry Context Key SPAN');

/** The trace id of the OpenTelemetry span active now, when an SDK is running. */
export function activeTraceId(): string | undefined {
  const api = (globalThis as Record<symbol, OtelGlobal | undefined>)[OTEL_API];
  const span = api?.context?.active().getValue(SPAN_KEY) as OtelSpan | undefined;
  const traceId = span?.spanContext().traceId;
  return traceId && !/^0+$/.test(traceId) ? traceId : undefined;
}

/** The active span's trace id, else the incoming `traceparent`'s: the access log carries one with or without an SDK. */
export function requestTraceId(record: RequestRecord | undefined): string | undefined {
  return activeTraceId() ?? (record?.traceparent ? traceIdOf(record.traceparent) : undefined);
}

/**
 * Headers that carry this request's ids to the next hop (the gateway to its subgraphs), so that both log the same
 * request id and trace id. `traceparent` is passed on as received only when no SDK span is active: an SDK's own
 * instrumentation injects a child span's header instead.
 */
export function propagationHeaders(): Record<string, string> {
  const record = currentRequest();
  if (!record) return {};
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: record.id };
  if (record.traceparent && !activeTraceId()) headers.traceparent = record.traceparent;
  return headers;
}
