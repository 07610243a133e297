import { readFileSync } from 'node:fs';
import { gatewayPort } from '@shian/platform';
import { Agent, request } from 'undici';
import { inScope } from './access';
import type { Context } from './context';
import { clientError, userInputError } from './errors';

/**
 * Which township a business belongs to is the entities subgraph's to say. A write in another domain that names a
 * business asks it, with the caller's own identity, through the gateway (a supported path: the entities subgraph
 * applies the caller's scope itself), and never believes a township the client sent.
 */
export interface EntityFacts {
  id: string;
  townshipId: string;
  /** The registered name, as the register has it now: a record that names its party keeps it as filed. */
  name: string;
}

export interface EntityDirectory {
  /**
   * The businesses among `ids` that exist and that the caller may see; an id missing from the answer is unknown or
   * out of the caller's scope (the two are not told apart, so a caller cannot probe for businesses it may not see).
   * Throws `SERVICE_UNAVAILABLE` when the entities subgraph cannot answer.
   */
  lookup(ids: readonly string[], ctx: Context): Promise<Map<string, EntityFacts>>;
}

/** The operation the directory sends; the gateway's trusted-operations manifest lists it (persisted-documents.json). */
export const ENTITY_TOWNSHIPS_OPERATION =
  'query ShianEntityTownships($ids: [ID!]!, $first: Int!) { entities(filter: { ids: $ids }, first: $first) { nodes { id name township { id } } } }';

/** At most this many ids per request: the entities list's page limit. */
const BATCH = 100;

export const unavailable = (message: string) => clientError('SERVICE_UNAVAILABLE', message);

/**
 * The directory a served subgraph uses: the gateway at `GATEWAY_URL` (default the local gateway's `/graphql`),
 * called with the caller's Authorization header.
 */
export function gatewayEntityDirectory(
  gatewayUrl = process.env.GATEWAY_URL?.trim() || `http://127.0.0.1:${gatewayPort()}/graphql`,
  timeoutMs = 5_000,
): EntityDirectory & { close(): Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 16 });
  const url = gatewayUrl.replace(/\/+$/, '').replace(/(?<!\/graphql)$/, '/graphql');
  return {
    async lookup(ids, ctx) {
      const found = new Map<string, EntityFacts>();
      const unique = [...new Set(ids)];
      if (unique.length === 0) return found;
      if (!ctx.authorization) throw unavailable('无法核实主体所属乡镇:请求缺少身份凭证');
      for (let i = 0; i < unique.length; i += BATCH) {
        const batch = unique.slice(i, i + BATCH);
        let body: {
          data?: {
            entities?: { nodes?: { id: string; name?: string | null; township?: { id: string } | null }[] } | null;
          };
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        try {
          const response = await request(url, {
            method: 'POST',
            dispatcher: agent,
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
            headers: { 'content-type': 'application/json', authorization: ctx.authorization },
            body: JSON.stringify({
              operationName: 'ShianEntityTownships',
              query: ENTITY_TOWNSHIPS_OPERATION,
              variables: { ids: batch, first: batch.length },
            }),
          });
          body = (await response.body.json()) as typeof body;
        } catch (error) {
          ctx.log.warn({ err: error, url }, 'entity directory unreachable');
          throw unavailable('主体与属地服务暂不可用,无法核实主体,请稍后再试');
        }
        const nodes = body.data?.entities?.nodes;
        if (!nodes) {
          const code = body.errors?.[0]?.extensions?.code;
          // A partner's token is refused by the entities list: it may see no business, so none is found.
          if (code === 'FORBIDDEN') continue;
          ctx.log.warn({ errors: body.errors }, 'entity directory answered without data');
          throw unavailable('主体与属地服务暂不可用,无法核实主体,请稍后再试');
        }
        for (const node of nodes) {
          if (node.township?.id)
            found.set(node.id, { id: node.id, townshipId: node.township.id, name: node.name ?? node.id });
        }
      }
      return found;
    },
    close: () => agent.close(),
  };
}

/**
 * A directory over a fixed list of businesses (tests, and the demo data's committed `seeds/entity-refs.json`),
 * applying the caller's scope the way the entities subgraph does.
 */
export function staticEntityDirectory(
  entities: readonly (Omit<EntityFacts, 'name'> & { name?: string })[],
): EntityDirectory {
  const byId = new Map(
    entities.map((entity) => [
      entity.id,
      { id: entity.id, townshipId: entity.townshipId, name: entity.name ?? entity.id } satisfies EntityFacts,
    ]),
  );
  return {
    async lookup(ids, ctx) {
      const found = new Map<string, EntityFacts>();
      if (ctx.identity.role === 'partner') return found;
      for (const id of ids) {
        const entity = byId.get(id);
        if (entity && inScope(ctx, entity.townshipId)) found.set(id, entity);
      }
      return found;
    },
  };
}

/** A static directory from a JSON file of `{ id, townshipId, name }` rows (e.g. a service's `seeds/entity-refs.json`). */
export function entityDirectoryFromFile(file: string): EntityDirectory {
  return staticEntityDirectory(JSON.parse(readFileSync(file, 'utf8')) as EntityFacts[]);
}

export interface EntityClaim {
  entityId: string;
  /** The township the client sent beside the entity, if any: it must agree with the entity's own. */
  townshipId?: string | null;
}

/**
 * The townships of the businesses a write names, from the entities subgraph in the caller's scope. Refuses, before
 * anything is written: a business that is unknown or out of scope, and a client-sent township that disagrees.
 * `field` names the input field in the error, so a form shows the message beside it.
 */
export async function entityTownships(
  ctx: Context,
  claims: readonly EntityClaim[],
  field = 'entityId',
): Promise<Map<string, string>> {
  const records = await entityRecords(ctx, claims, field);
  return new Map([...records].map(([id, entity]) => [id, entity.townshipId]));
}

/**
 * `entityTownships` with everything the directory answers (township and registered name), for a write that keeps
 * the business's name as filed (a case file names its party).
 */
export async function entityRecords(
  ctx: Context,
  claims: readonly EntityClaim[],
  field = 'entityId',
): Promise<Map<string, EntityFacts>> {
  const found = await ctx.entities.lookup(
    claims.map((claim) => claim.entityId),
    ctx,
  );
  const records = new Map<string, EntityFacts>();
  for (const claim of claims) {
    const entity = found.get(claim.entityId);
    if (!entity) throw userInputError(`主体 ${claim.entityId} 不存在或不在您的辖区内`, field);
    if (claim.townshipId && claim.townshipId !== entity.townshipId) {
      throw userInputError(
        `所填乡镇(街道)${claim.townshipId} 与主体 ${claim.entityId} 登记的乡镇(街道)${entity.townshipId} 不一致`,
        'townshipId',
      );
    }
    records.set(claim.entityId, entity);
  }
  return records;
}

/** One business's township: `entityTownships` for a single write. */
export async function entityTownship(
  ctx: Context,
  entityId: string,
  claimedTownshipId?: string | null,
  field = 'entityId',
): Promise<string> {
  return (await entityRecord(ctx, entityId, claimedTownshipId, field)).townshipId;
}

/** One business's facts (township and name): `entityRecords` for a single write. */
export async function entityRecord(
  ctx: Context,
  entityId: string,
  claimedTownshipId?: string | null,
  field = 'entityId',
): Promise<EntityFacts> {
  const records = await entityRecords(ctx, [{ entityId, townshipId: claimedTownshipId }], field);
  return records.get(entityId) as EntityFacts;
}
