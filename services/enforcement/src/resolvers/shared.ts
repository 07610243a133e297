import { type Context, notFound, userInputError } from '@shian/subgraph-kit';
import { inspectorsOf } from '../data';
import { Campaign, type Inspector } from '../entities';
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
