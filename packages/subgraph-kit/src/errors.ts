import { GraphQLError } from 'graphql';

/**
 * The error codes a client can act on. Anything else a resolver throws is a bug: it is logged with its stack and
 * reaches the client only as INTERNAL_SERVER_ERROR, so no SQL or stack trace leaks out.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  // Another subgraph this write depends on (through the gateway) could not answer: nothing was written.
  | 'SERVICE_UNAVAILABLE';

export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  // Apollo's own request errors are about the request, not about us: they pass through unmasked.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A value the caller sent is wrong; `field` names the input field so a form can show the message beside it. */
export function userInputError(message: string, field?: string): GraphQLError {
  return clientError('BAD_USER_INPUT', message, field ? { field } : {});
}

export function notFound(what: string, id: string): GraphQLError {
  return clientError('NOT_FOUND', `${what}不存在:${id}`, { id });
}

export function forbidden(message = '无权访问该记录'): GraphQLError {
  return clientError('FORBIDDEN', message);
}

export function unauthenticated(message = '请先登录'): GraphQLError {
  return clientError('UNAUTHENTICATED', message);
}

/** Two people edited the same record: the later write loses and is told so, instead of silently overwriting. */
export function conflict(message: string): GraphQLError {
  return clientError('CONFLICT', message);
}
