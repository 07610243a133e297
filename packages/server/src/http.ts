import type http from 'node:http';

/** The largest request body any of our servers reads: GraphQL documents and JSON forms are far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** An error that already knows its HTTP answer; route handlers throw it and the server sends it as JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** Reads the whole body as text, refusing (413) anything larger than `limit` bytes without buffering the rest. */
export async function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, '请求体过大');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      // Drain the rest so that the 413 still reaches a keep-alive client.
      req.resume();
      throw new HttpError(413, '请求体过大');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads and parses a JSON body; an empty body is `undefined`, malformed JSON a 400. */
export async function readJsonBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = await readBody(req, limit);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, '请求体不是合法的 JSON');
  }
}

/** Origins allowed by CORS_ORIGINS (comma-separated); undefined means "echo whatever Origin asks". */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const list = env.CORS_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return list?.length ? list : undefined;
}

// X-Request-Id and traceparent: a browser may name its request and carry its trace into ours (docs/operations.md).
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name, Idempotency-Key, X-Request-Id, traceparent';

/**
 * Sets the CORS headers for this request and answers a preflight itself.
 * Bearer tokens travel in a header, never in cookies, so credentials are not allowed.
 * Returns true when the request was a preflight and has been answered.
 */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse, allowed: string[] | undefined): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  if (origin && (!allowed || allowed.includes(origin) || allowed.includes('*'))) {
    res.setHeader('access-control-allow-origin', origin);
    // So that a page can show the request id with an error, for whoever follows it in the logs.
    res.setHeader('access-control-expose-headers', 'X-Request-Id');
  }
  if (req.method !== 'OPTIONS') return false;
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
  res.setHeader('access-control-max-age', '600');
  res.statusCode = 204;
  res.end();
  return true;
}
