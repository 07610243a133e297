import { readFileSync } from 'node:fs';
import { isBureau } from '@shian/auth';
import { inScope } from './access';
import type { Context } from './context';
import { userInputError } from './errors';
import { type GatewayClient, httpGatewayClient, unavailable } from './gateway-client';

export { unavailable };

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

const UNAVAILABLE = '主体与属地服务暂不可用,无法核实主体,请稍后再试';

interface TownshipsAnswer {
  entities?: { nodes?: { id: string; name?: string | null; township?: { id: string } | null }[] } | null;
}

/**
 * The directory a served subgraph uses: the entities subgraph's list, asked through the gateway (`gateway`, by
 * default at `GATEWAY_URL`) with the caller's Authorization header.
 */
export function gatewayEntityDirectory(
  gateway: GatewayClient = httpGatewayClient(),
): EntityDirectory & { close(): Promise<void> } {
  return {
    async lookup(ids, ctx) {
      const found = new Map<string, EntityFacts>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += BATCH) {
        const batch = unique.slice(i, i + BATCH);
        const answer = await gateway.run<TownshipsAnswer>(
          ctx,
          ENTITY_TOWNSHIPS_OPERATION,
          { ids: batch, first: batch.length },
          { unavailable: UNAVAILABLE },
        );
        const nodes = answer.data?.entities?.nodes;
        if (!nodes) {
          // A partner's token is refused by the entities list: it may see no business, so none is found.
          if (answer.forbidden) continue;
          ctx.log.warn('entity directory answered without data');
          throw unavailable(UNAVAILABLE);
        }
        for (const node of nodes) {
          if (node.township?.id)
            found.set(node.id, { id: node.id, townshipId: node.township.id, name: node.name ?? node.id });
        }
      }
      return found;
    },
    close: () => gateway.close(),
  };
}

/**
 * A directory over a fixed list of businesses (tests, and the demo businesses of `@shian/demo-refs`),
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
      // Partners see no business; a liaison sees their village's only, which a fixed list cannot tell: none.
      if (!isBureau(ctx.identity)) return found;
      for (const id of ids) {
        const entity = byId.get(id);
        if (entity && inScope(ctx, entity.townshipId)) found.set(id, entity);
      }
      return found;
    },
  };
}

/** A static directory from a JSON file of `{ id, townshipId, name }` rows (e.g. `@shian/demo-refs/entities.json`). */
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
