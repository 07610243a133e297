import { CombinedError } from '@urql/core';
import { domainLabel, partErrors } from './parts';

/** What a user reads for each error code when the server's own message is not fit to show (not Chinese). */
export const ERROR_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效,请重新登录',
  FORBIDDEN: '没有权限访问此内容',
  NOT_FOUND: '记录不存在或已被删除',
  BAD_USER_INPUT: '输入有误,请检查后重试',
  GRAPHQL_VALIDATION_FAILED: '页面与服务端接口版本不一致,请刷新页面',
  GRAPHQL_PARSE_FAILED: '请求格式错误',
  INTERNAL_SERVER_ERROR: '服务器内部错误,请稍后重试',
  NETWORK_ERROR: '无法连接服务器,请检查网络或稍后重试',
  TIMEOUT: '请求超时,请稍后重试',
  SUBGRAPH_UNAVAILABLE: '部分服务暂不可用,请稍后重试',
};

const CJK = /[\u4e00-\u9fff]/;

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

function firstGraphQLError(error: unknown): ErrorLike | undefined {
  if (error instanceof CombinedError) return error.graphQLErrors[0];
  if (error && typeof error === 'object' && Array.isArray((error as { graphQLErrors?: unknown }).graphQLErrors)) {
    return (error as { graphQLErrors: ErrorLike[] }).graphQLErrors[0];
  }
  return undefined;
}

function isNetworkError(error: unknown): boolean {
  if (error instanceof CombinedError) return !!error.networkError && error.graphQLErrors.length === 0;
  return error instanceof TypeError && /fetch|network/i.test(error.message);
}

/** The error's code (`extensions.code` of the first GraphQL error), `NETWORK_ERROR`, or `error.code` if it has one. */
export function errorCode(error: unknown): string | undefined {
  const graphQLError = firstGraphQLError(error);
  const code = graphQLError?.extensions?.code;
  if (typeof code === 'string') return code;
  if (isNetworkError(error)) return 'NETWORK_ERROR';
  const own = (error as { code?: unknown } | null)?.code;
  return typeof own === 'string' ? own : undefined;
}

/**
 * A message for the user, as a message key (Chinese, the platform's message catalogs translate it) and the values
 * it names: the server's own message when it wrote one in Chinese, else the code's.
 */
export function describeError(error: unknown): { text: string; values?: { domain: string } } {
  if (error == null) return { text: '' };
  const code = errorCode(error);
  const graphQLError = firstGraphQLError(error);
  // A subgraph that is down: say which part of the platform, in the words of the navigation, not its name.
  const part = partErrors(error)[0];
  if (code === 'SUBGRAPH_UNAVAILABLE' && part?.serviceName)
    return { text: '{{domain}}暂不可用,请稍后重试', values: { domain: domainLabel(part.serviceName) } };
  const own =
    graphQLError?.message ?? (error instanceof Error && !(error instanceof CombinedError) ? error.message : '');
  if (own && CJK.test(own)) return { text: own };
  if (code && ERROR_MESSAGES[code]) return { text: ERROR_MESSAGES[code] };
  if (typeof error === 'string' && CJK.test(error)) return { text: error };
  return { text: '操作失败,请稍后重试' };
}

/** `describeError` in Chinese. */
export function errorMessage(error: unknown): string {
  const { text, values } = describeError(error);
  return values ? text.replace('{{domain}}', values.domain) : text;
}

/**
 * Field-level messages of BAD_USER_INPUT errors (the subgraph kit sets `extensions.field`), for a form to show
 * next to the field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  const errors = error instanceof CombinedError ? error.graphQLErrors : [];
  for (const e of errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string')
      result[field] = errorMessage({ graphQLErrors: [e] });
  }
  return result;
}

export const isUnauthenticated = (error: unknown) => errorCode(error) === 'UNAUTHENTICATED';
