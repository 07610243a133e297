import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import {
  cachedVerifier,
  createVerifier,
  GatewayCredentialError,
  type GatewayCredentialVerifier,
  gatewayCredentialVerifier,
  loadGatewayPublicKey,
  type VerifiedGatewayCredential,
  type Verifier,
} from '@shian/auth';
import { type MikroORM, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type GraphQLFormattedError, GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { createContext, type RequestContext } from './context';
import type { SubgraphDefinition } from './define';
import { CLIENT_ERROR_CODES, unauthenticated } from './errors';
import { type EntityDirectory, staticEntityDirectory } from './entity-directory';
import { type GatewayClient, refusingGatewayClient } from './gateway-client';
import { markReadOnly } from './read-only';
import { buildFederatedSchema } from './schema';

export interface SubgraphRuntime {
  definition: SubgraphDefinition;
  orm: MikroORM;
  apollo: ApolloServer<RequestContext>;
  sdl: string;
  /**
   * The context of one request, from its `Authorization` header and its gateway credential (`x-shian-gateway`).
   * Rejects with UNAUTHENTICATED when the credential is missing or invalid, before the user's token is read.
   */
  contextFor(
    authorization: string | null | undefined,
    gatewayCredential: string | null | undefined,
    idempotencyKey?: string | null,
  ): Promise<RequestContext>;
}

export async function createRuntime(
  definition: SubgraphDefinition,
  orm: MikroORM,
  log: Logger,
  verify: Verifier = createVerifier(),
  // Without a directory every write that names a business is refused: the safe default.
  entities: EntityDirectory = staticEntityDirectory([]),
  // GATEWAY_PUBLIC_KEY(_FILE), or outside production the development key.
  gateway: GatewayCredentialVerifier = gatewayCredentialVerifier(loadGatewayPublicKey().key, definition.name),
  // Without a client every linked record of another subgraph is unverifiable, so such writes are refused.
  gatewayClient: GatewayClient = refusingGatewayClient(),
): Promise<SubgraphRuntime> {
  const { schema, sdl } = await buildFederatedSchema(definition);
  // The gateway forwards the same token with every request of a session, and checking its signature again was 5 % of
  // the entities subgraph's CPU under load: verified once per token and minute (@shian/auth cachedVerifier).
  const verifyOnce = cachedVerifier(verify);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Inline tracing is for Apollo's hosted studio, which we do not use: it only costs time on every request. So
    // does cache control: no field has a cache hint (every answer is the caller's and uncacheable), yet its
    // per-field hook made Apollo wrap every resolver; the answer's `cache-control: no-store` is set below instead.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      authenticationPlugin(),
      errorLoggingPlugin(log),
      noStorePlugin(),
    ],
    formatError: maskError,
    introspection: process.env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
  });
  return {
    definition,
    orm,
    apollo,
    sdl,
    contextFor: async (authorization, gatewayCredential, idempotencyKey) => {
      const { act } = await requireGateway(gateway, gatewayCredential);
      return createContext({
        em: orm.em,
        verify: verifyOnce,
        authorization,
        act,
        idempotencyKey,
        log,
        entities,
        gateway: gatewayClient,
      });
    },
  };
}

/**
 * A subgraph answers the gateway only: a request without its credential is refused before it is parsed, so a user
 * token sent straight to the port (skipping the gateway's trusted operations and limits) gets nothing, not even
 * the schema. Refused here, in the context, it is one UNAUTHENTICATED error with HTTP 401.
 */
async function requireGateway(
  verify: GatewayCredentialVerifier,
  credential: string | null | undefined,
): Promise<VerifiedGatewayCredential> {
  try {
    return (await verify(credential)) ?? {};
  } catch (error) {
    if (error instanceof GatewayCredentialError) throw unauthenticated(error.message);
    throw error;
  }
}

function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === 'Field' && selection.name.value.startsWith('__'),
  );
}

/**
 * Every subgraph verifies the caller itself: the gateway forwards the token but is not trusted to have checked it.
 * Refusing here, before execution, means no resolver ever runs without an identity.
 */
function authenticationPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'query') markReadOnly(contextValue.em);
          if (contextValue.identity) return;
          if (contextValue.authError) throw unauthenticated(contextValue.authError.message);
          if (process.env.NODE_ENV !== 'production' && operation && isIntrospectionOnly(operation)) return;
          throw unauthenticated();
        },
      };
    },
  };
}

function isClientError(error: unknown): boolean {
  return error instanceof GraphQLError && CLIENT_ERROR_CODES.has(String(error.extensions?.code));
}

/** What Apollo's cache control answered for a schema without cache hints: no cache may keep an answer. */
function noStorePlugin(): ApolloServerPlugin<RequestContext> {
  const noStore = {
    async willSendResponse({ response }: { response: { http: { headers: Map<string, string> } } }) {
      response.http.headers.set('cache-control', 'no-store');
    },
  };
  return { requestDidStart: async () => noStore };
}

function errorLoggingPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isClientError(original) || translateKnownError(original)) continue;
            log.error({ err: original, path: error.path, operationName }, 'resolver failed');
          }
        },
      };
    },
  };
}

/** Errors that are the caller's to fix even though a library, not our code, raised them. */
function translateKnownError(error: unknown): (GraphQLFormattedError['extensions'] & { message: string }) | undefined {
  if (error instanceof ArgumentValidationError) {
    const first = error.extensions.validationErrors[0];
    const message = first ? (Object.values(first.constraints ?? {})[0] ?? '输入无效') : '输入无效';
    return { message, code: 'BAD_USER_INPUT', field: first?.property };
  }
  if (error instanceof UniqueConstraintViolationException) {
    return { message: '记录已存在,不能重复登记', code: 'BAD_USER_INPUT' };
  }
  if (error instanceof OptimisticLockError) {
    return { message: '该记录已被他人修改,请刷新后重试', code: 'CONFLICT' };
  }
  return undefined;
}

export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isClientError(original) || CLIENT_ERROR_CODES.has(String(formatted.extensions?.code))) {
    return formatted;
  }
  const known = translateKnownError(original);
  if (known) {
    const { message, ...extensions } = known;
    return { message, path: formatted.path, locations: formatted.locations, extensions };
  }
  return {
    message: '服务器内部错误',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
