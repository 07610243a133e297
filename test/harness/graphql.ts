import { platform } from './platform';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; serviceName?: string; [key: string]: unknown };
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** Who calls: a demo username (signed in through /auth/token), a raw token, or nobody. */
export type Caller = { as: string } | { token: string } | { anonymous: true };

const tokens = new Map<string, Promise<string>>();

/** Signs in a demo user through the gateway's development identity provider, once per run. */
export function tokenFor(username: string, gatewayUrl = platform().gatewayUrl): Promise<string> {
  const key = `${gatewayUrl} ${username}`;
  let token = tokens.get(key);
  if (!token) {
    token = signIn(username, 'shian-demo', gatewayUrl).then(async (response) => {
      if (response.status !== 200) throw new Error(`sign-in as ${username}: HTTP ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    });
    tokens.set(key, token);
  }
  return token;
}

export function signIn(username: string, password: string, gatewayUrl = platform().gatewayUrl) {
  return fetch(`${gatewayUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

/** One GraphQL call over HTTP, as a browser or a script would make it. */
export async function gql<T = Record<string, any>>(
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
  gatewayUrl = platform().gatewayUrl,
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = 'as' in caller ? await tokenFor(caller.as, gatewayUrl) : 'token' in caller ? caller.token : undefined;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} is not GraphQL JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The data of a call that must succeed; fails with the errors otherwise. */
export async function data<T = Record<string, any>>(
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await gql<T>(caller, query, variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

export const codes = (result: GraphQLResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);
