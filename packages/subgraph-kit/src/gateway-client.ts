import { gatewayPort } from '@shian/platform';
import { propagationHeaders } from '@shian/server';
import { Agent, request } from 'undici';
import type { Context } from './context';
import { clientError, userInputError } from './errors';

/**
 * A subgraph never calls another subgraph (their ports answer only the gateway). When a write must know something
 * another subgraph owns (which township a business is in, whether a linked case exists), it asks the gateway with
 * the caller's own Authorization header, so the owning subgraph applies the caller's scope itself and a caller
 * learns nothing through this path that it could not read directly. Every operation sent this way is listed in the
 * kit's or the service's `trusted-operations.json`: a production gateway runs nothing else.
 */
export interface GatewayAnswer<T> {
  /** The answer's data; fields the caller may not see are null. */
  data: T | null;
  /** The owning subgraph refused part of it as out of the caller's scope (FORBIDDEN): treat as not visible. */
  forbidden: boolean;
}

export interface GatewayRunOptions {
  /** The Chinese message of the SERVICE_UNAVAILABLE error when the gateway or the owning subgraph cannot answer. */
  unavailable?: string;
}

export interface GatewayClient {
  /** Runs one trusted operation (its exact text) through the gateway as the caller. */
  run<T = Record<string, unknown>>(
    ctx: Context,
    operation: string,
    variables?: Record<string, unknown>,
    options?: GatewayRunOptions,
  ): Promise<GatewayAnswer<T>>;
  close(): Promise<void>;
}

const UNAVAILABLE = '关联的服务暂不可用,无法核实关联记录,请稍后再试';

export const unavailable = (message: string) => clientError('SERVICE_UNAVAILABLE', message);

/** The operation's name (`query Name(…)`), which the gateway's logs and a test's fake answer go by. */
export function operationName(operation: string): string {
  const name = /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(operation)?.[1];
  if (!name) throw new Error(`an operation sent through the gateway must be named: ${operation.slice(0, 60)}`);
  return name;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Interprets a gateway answer: FORBIDDEN is "not visible"; any other error means it could not answer. */
export function gatewayAnswer<T>(ctx: Context, name: string, body: GraphQLBody, message: string): GatewayAnswer<T> {
  const errors = body.errors ?? [];
  const other = errors.filter((error) => error.extensions?.code !== 'FORBIDDEN');
  if (other.length > 0) {
    ctx.log.warn({ operation: name, errors: other }, 'gateway answered a linked-record check with errors');
    throw unavailable(message);
  }
  return { data: (body.data ?? null) as T | null, forbidden: errors.length > 0 };
}

/**
 * The client a served subgraph uses: the gateway at `GATEWAY_URL` (default the local gateway's `/graphql`), called
 * with the caller's Authorization header and the served request's `x-request-id` and `traceparent`.
 */
export function httpGatewayClient(
  gatewayUrl = process.env.GATEWAY_URL?.trim() || `http://127.0.0.1:${gatewayPort()}/graphql`,
  timeoutMs = 5_000,
): GatewayClient {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 16 });
  const url = gatewayUrl.replace(/\/+$/, '').replace(/(?<!\/graphql)$/, '/graphql');
  return {
    async run<T>(
      ctx: Context,
      operation: string,
      variables: Record<string, unknown> = {},
      options: GatewayRunOptions = {},
    ) {
      const name = operationName(operation);
      const message = options.unavailable ?? UNAVAILABLE;
      if (!ctx.authorization) throw unavailable(`${message}(请求缺少身份凭证)`);
      let body: GraphQLBody;
      try {
        const response = await request(url, {
          method: 'POST',
          dispatcher: agent,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          // The request id and trace context of the request being served, so that the gateway's log lines and
          // spans for this call join the caller's request rather than starting a new one.
          headers: { ...propagationHeaders(), 'content-type': 'application/json', authorization: ctx.authorization },
          body: JSON.stringify({ operationName: name, query: operation, variables }),
        });
        body = (await response.body.json()) as GraphQLBody;
      } catch (error) {
        ctx.log.warn({ err: error, url, operation: name }, 'gateway unreachable');
        throw unavailable(message);
      }
      return gatewayAnswer<T>(ctx, name, body, message);
    },
    close: () => agent.close(),
  };
}

/** The client of a runtime that was given none: every call is refused, so nothing is written unchecked. */
export function refusingGatewayClient(): GatewayClient {
  return {
    async run(_ctx, operation) {
      throw unavailable(`${UNAVAILABLE}(未配置网关:${operationName(operation)})`);
    },
    close: async () => {},
  };
}

export interface LinkedRecordCheck<T> {
  /** The trusted operation that reads the record as the caller (its root query applies the caller's scope). */
  operation: string;
  variables: Record<string, unknown>;
  /** Whether the answer holds the record (an unknown id is usually a null root field). */
  found: (data: T) => boolean;
  /** The input field that named the record: the error names it, so a form shows it beside the field. */
  field: string;
  /** What the record is, in Chinese (e.g. 抽检不合格处置), for the message; or `message` to say it all. */
  what?: string;
  message?: string;
}

/**
 * Refuses a write, before anything is written, when a record it links to and that another subgraph owns does not
 * exist or is out of the caller's scope (the two are not told apart, so nobody can probe for records they may not
 * see): BAD_USER_INPUT naming the field. SERVICE_UNAVAILABLE when the owner cannot answer.
 */
export async function requireLinkedRecord<T = Record<string, unknown>>(
  ctx: Context,
  check: LinkedRecordCheck<T>,
): Promise<T> {
  const answer = await ctx.gateway.run<T>(ctx, check.operation, check.variables);
  if (answer.forbidden || answer.data === null || !check.found(answer.data)) {
    const id = Object.values(check.variables).find((value) => typeof value === 'string');
    throw userInputError(
      check.message ?? `关联的${check.what ?? '记录'}${id ? ` ${id} ` : ''}不存在或不在您的权限范围内`,
      check.field,
    );
  }
  return answer.data;
}
