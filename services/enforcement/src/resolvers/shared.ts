import { CHILD_LIST_LIMIT, type Context, listPerParent, notFound, userInputError } from '@shian/subgraph-kit';
import { caseScope } from '../access';
import { inspectorsOf } from '../data';
import { Campaign, Case, type Inspector } from '../entities';
import { MIN_INSPECTORS } from '../rules';
import { unique } from '../validate';

/** Inspectors named on a record: at least two, each on the roll and in post. */
export async function checkInspectors(
  ctx: Context,
  ids: readonly string[] | null | undefined,
  field: string,
  label: string,
) {
  const wanted = unique(ids);
  if (wanted.length < MIN_INSPECTORS) throw userInputError(`${label}不得少于${MIN_INSPECTORS}名`, field);
  const found = await inspectorsOf(ctx, wanted);
  const missing = wanted.find((id) => !found.some((inspector) => inspector.id === id));
  if (missing) throw userInputError(`执法人员不存在:${missing}`, field);
  const inactive = found.find((inspector) => !inspector.active);
  if (inactive) throw userInputError(`执法人员${inactive.name}不在岗`, field);
  return wanted.map((id) => found.find((inspector) => inspector.id === id)!) as Inspector[];
}

export async function campaignOf(ctx: Context, id: string | null | undefined): Promise<Campaign | null> {
  if (!id) return null;
  const campaign = await ctx.em.findOne(Campaign, { id });
  if (!campaign) throw userInputError(`专项不存在:${id}`, 'campaignId');
  return campaign;
}

export async function mustFind<T extends object>(promise: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await promise;
  if (!found) throw notFound(what, id);
  return found;
}

/**
 * The cases of a record they came from or concern (a business's, an inspection's, an opinion event's), newest
 * first, at most CHILD_LIST_LIMIT, in the caller's case scope: one statement for all the records of a request.
 */
export async function casesOf(
  ctx: Context,
  by: 'entityId' | 'inspectionId' | 'opinionEventId',
  id: string,
): Promise<Case[]> {
  const scope = await caseScope(ctx);
  return ctx
    .loader<string, Case[]>(`casesBy:${by}`, (ids) =>
      listPerParent(ctx.em, Case, scope, by, ids, { limit: CHILD_LIST_LIMIT, orderBy: { receivedOn: 'desc' } }),
    )
    .load(id);
}
