import { AuthError, bearerToken, type Identity, type Verifier } from '@shian/auth';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import { bindAuditActor } from './audit';
import type { EntityDirectory } from './entity-directory';
import type { GatewayClient } from './gateway-client';

export type BatchFn<K, V> = (keys: readonly K[]) => Promise<ArrayLike<V | Error>>;

/** What every resolver receives. One per request: its own EntityManager fork and its own loaders. */
export interface Context {
  em: EntityManager;
  /** The verified caller. Never null inside a resolver: anonymous operations are refused before execution. */
  identity: Identity;
  log: Logger;
  /**
   * The caller's `Authorization` header as received, for the rare call this subgraph makes to another one on the
   * caller's behalf (e.g. reading the bureau's holiday calendar from the subgraph that owns it).
   */
  authorization?: string;
  /**
   * The request's `Idempotency-Key` header (the gateway forwards the client's): `idempotent()` makes a create sent
   * again with the same key return the first result instead of writing twice.
   */
  idempotencyKey?: string;
  /**
   * Which township a business belongs to, as the entities subgraph answers it in the caller's scope. Writes use it
   * (through `entityTownships`) instead of a township the client sent.
   */
  entities: EntityDirectory;
  /**
   * Runs a trusted operation through the gateway as the caller (its token), for the records other subgraphs own:
   * `requireLinkedRecord` checks a linked id exists and is in the caller's scope before a write.
   */
  gateway: GatewayClient;
  /**
   * A request-scoped DataLoader, created on first use under `key`. Field resolvers that would query once per parent
   * go through one of these, so a list of 100 parents costs one query, not 100.
   */
  loader<K, V>(key: string, batch: BatchFn<K, V>): DataLoader<K, V>;
}

/** Internal: the context before the authentication check decides whether the operation may run. */
export interface RequestContext extends Context {
  authError?: AuthError;
}

export async function createContext(options: {
  em: EntityManager;
  verify: Verifier;
  authorization: string | null | undefined;
  /** The service identity a verified gateway credential names (`act`), used only when no bearer token is sent. */
  act?: Identity;
  idempotencyKey?: string | null;
  log: Logger;
  entities: EntityDirectory;
  gateway: GatewayClient;
}): Promise<RequestContext> {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const context: RequestContext = {
    em: options.em.fork(),
    identity: null as unknown as Identity,
    log: options.log,
    authorization: options.authorization ?? undefined,
    idempotencyKey: options.idempotencyKey?.trim() || undefined,
    entities: options.entities,
    gateway: options.gateway,
    loader<K, V>(key: string, batch: BatchFn<K, V>): DataLoader<K, V> {
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader(batch as BatchFn<unknown, unknown>);
        loaders.set(key, loader);
      }
      return loader as DataLoader<K, V>;
    },
  };
  const token = bearerToken(options.authorization);
  if (token) {
    try {
      context.identity = await options.verify(token);
      context.log = options.log.child({ user: context.identity.username });
      bindAuditActor(context.em, context.identity);
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      context.authError = error;
    }
  } else if (options.act?.service) {
    // The gateway's own background job (no person, no token): the fixed identity of the service it named in its
    // signed credential. A request with a user token never gets here, whatever credential came with it.
    context.identity = options.act;
    context.log = options.log.child({ user: context.identity.username, service: context.identity.service });
    bindAuditActor(context.em, context.identity);
  }
  return context;
}

/** Orders grouped rows by the keys a DataLoader asked for: one array per key, empty where nothing matched. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K, keys: readonly K[]): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Orders rows by the keys a DataLoader asked for: one row (or null) per key. */
export function byKey<T, K>(rows: readonly T[], keyOf: (row: T) => K, keys: readonly K[]): (T | null)[] {
  const map = new Map<K, T>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}
