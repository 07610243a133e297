import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, ConnectionArgs, type Context, entityTownship, paginate, requireWriter } from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { townshipFilter } from '../data';
import { EntityRef, entityRef, TownshipRef, townshipRef, WorkshopUpgrade } from '../entities';
import { WorkshopUpgradeFilter, WorkshopUpgradeInput } from '../inputs';
import { checkTownshipId, checkUpgrade } from '../rules';
import { rejectProblems, yearSpan } from '../validate';

@ObjectType()
export class WorkshopUpgradeConnection extends Connection(WorkshopUpgrade) {}

@Resolver(() => WorkshopUpgrade)
export class WorkshopUpgradeResolver {
  @Query(() => WorkshopUpgradeConnection, { nullable: true, description: '小作坊提档升级,最新在前' })
  workshopUpgrades(
    @Arg('filter', () => WorkshopUpgradeFilter, { nullable: true }) filter: WorkshopUpgradeFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<WorkshopUpgrade>[] = [townshipFilter(ctx, filter?.townshipId)];
    if (filter?.year != null) {
      const { from, to } = yearSpan(filter.year);
      conditions.push({ acceptedOn: { $gte: from, $lte: to } });
    }
    if (filter?.entityId) conditions.push({ entityId: filter.entityId });
    if (filter?.toLevel) conditions.push({ toLevel: filter.toLevel });
    return paginate(ctx.em, WorkshopUpgrade, { $and: conditions }, page, { orderBy: { acceptedOn: 'desc' } });
  }

  /** The upgrade starts from the workshop's current level (its latest accepted upgrade), checked by the rules. */
  @Mutation(() => WorkshopUpgrade, { description: '登记小作坊提档升级' })
  async recordWorkshopUpgrade(
    @Arg('input', () => WorkshopUpgradeInput) input: WorkshopUpgradeInput,
    @Ctx() ctx: Context,
  ) {
    requireWriter(ctx);
    rejectProblems(checkTownshipId(input.townshipId));
    // The township is the business's, as the register has it: never the one the form sent.
    const townshipId = await entityTownship(ctx, input.entityId, input.townshipId);
    requireWriter(ctx, townshipId);
    const latest = await ctx.em.findOne(
      WorkshopUpgrade,
      { entityId: input.entityId },
      { orderBy: { acceptedOn: 'desc', id: 'desc' } },
    );
    rejectProblems([
      ...checkTownshipId(input.townshipId),
      ...checkUpgrade(input, latest?.toLevel),
      ...(input.acceptedBy.trim() ? [] : [{ field: 'acceptedBy', message: '验收人不能为空' }]),
    ]);
    const upgrade = ctx.em.create(WorkshopUpgrade, {
      ...input,
      townshipId,
      id: randomUUID(),
      acceptedBy: input.acceptedBy.trim(),
      improvements: input.improvements.trim(),
    });
    await ctx.em.flush();
    return upgrade;
  }

  @FieldResolver(() => EntityRef, { nullable: true })
  entity(@Root() row: WorkshopUpgrade): EntityRef {
    return entityRef(row.entityId);
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '所属乡镇(街道)' })
  township(@Root() row: WorkshopUpgrade): TownshipRef {
    return townshipRef(row.townshipId);
  }
}
