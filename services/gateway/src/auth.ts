import type { ApolloServerPlugin } from '@apollo/server';
import {
  AuthError,
  authenticateDemoUser,
  bearerToken,
  type Identity,
  type ServiceName,
  signToken,
  type Verifier,
  verifierConfigFromEnv,
} from '@shian/auth';
import { HttpError, type RouteHandler, readJsonBody, sendJson } from '@shian/server';
import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type http from 'node:http';
import type { SigninGuard } from './rate-limits';

export interface GatewayContext {
  /** The caller's Authorization header, forwarded as is to every subgraph (each verifies it again). */
  authorization?: string;
  identity?: Identity;
  /** When the gateway stops waiting for subgraphs (ms since the epoch): GATEWAY_REQUEST_TIMEOUT_MS after arrival. */
  deadline?: number;
  /** The client's `Idempotency-Key`, forwarded to the subgraphs: a create sent again returns its first result. */
  idempotencyKey?: string;
  /**
   * Set only by the gateway's own background jobs (`Gateway.runAsService`), never from a request: the subgraphs get
   * a credential naming this service, and no Authorization header.
   */
  service?: ServiceName;
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * Verifies the bearer token before anything reaches a subgraph: a bad or expired token is refused here.
 * A request without a token gets an empty context; `requireIdentity` decides whether its operation may run.
 */
export function gatewayContext(verify: Verifier) {
  return async (req: http.IncomingMessage): Promise<GatewayContext> => {
    const authorization = req.headers.authorization;
    const token = bearerToken(authorization);
    if (!token) return {};
    const key = req.headers['idempotency-key'];
    const idempotencyKey = (Array.isArray(key) ? key[0] : key) || undefined;
    try {
      return { authorization, identity: await verify(token), idempotencyKey };
    } catch (error) {
      throw unauthenticated(error instanceof AuthError ? error.message : '令牌无效');
    }
  };
}

/**
 * Refuses anonymous operations with one UNAUTHENTICATED error. Outside production, an operation that only
 * introspects (`__schema`, `__type`, `__typename`) may run without a token, for tools like codegen and IDEs.
 */
export function requireIdentity(allowAnonymousIntrospection: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.identity) return;
          if (allowAnonymousIntrospection && operation && isIntrospectionOnly(operation, document)) return;
          throw unauthenticated('未登录或登录已失效,请先登录');
        },
      };
    },
  };
}

function isIntrospectionOnly(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const check = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__');
      if (selection.kind === Kind.INLINE_FRAGMENT) return check(selection.selectionSet, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return !!fragment;
      return check(fragment.selectionSet, new Set(seen).add(name));
    });
  return operation.operation === 'query' && check(operation.selectionSet, new Set());
}

/**
 * `POST /auth/token` of the development identity provider: demo users only. Tokens are signed with the same
 * secret, issuer and audience that the verifiers read from the environment.
 */
export function tokenRoute(env: NodeJS.ProcessEnv, signin?: SigninGuard): RouteHandler {
  const config = verifierConfigFromEnv(env);
  return async (req, res) => {
    if (req.method !== 'POST') throw new HttpError(405, '请使用 POST');
    const body = (await readJsonBody(req)) as { username?: unknown; password?: unknown } | undefined;
    const { username, password } = body ?? {};
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw new HttpError(400, '请提供用户名和密码');
    }
    // A locked-out username or address is refused before its password is looked at, right or wrong.
    await signin?.check(req, username);
    const identity = authenticateDemoUser(username, password);
    if (!identity) {
      await signin?.failed(req, username);
      sendJson(res, 401, { error: '用户名或密码错误' });
      return;
    }
    await signin?.succeeded(req, username);
    const { token, expiresIn } = await signToken(identity, {
      secret: config.secret,
      issuer: config.issuer,
      audience: config.audience,
    });
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, { token, expiresIn });
  };
}
