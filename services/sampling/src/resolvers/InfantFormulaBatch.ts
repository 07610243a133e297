import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  entityTownship,
  paginate,
  requireInScope,
  requireWriter,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { clockContext, scopedSample } from '../data';
import { EntityRef, entityRef, FoodCategory, InfantFormulaBatch, Sample } from '../entities';
import { InfantFormulaBatchInput, InfantFormulaFilter } from '../inputs';
import { InfantFormulaCoverage } from '../types';
import { localDate, notAfterToday, requiredText, townshipCode } from '../validate';

@ObjectType()
export class InfantFormulaBatchConnection extends Connection(InfantFormulaBatch) {}

/** 婴配乳粉批批检: the batches found on sale, each linked to the sample that tested it. */
@Resolver(() => InfantFormulaBatch)
export class InfantFormulaBatchResolver {
  @Query(() => InfantFormulaBatchConnection, { nullable: true, description: '婴配乳粉在售批次' })
  infantFormulaBatches(
    @Arg('filter', () => InfantFormulaFilter, { nullable: true }) filter: InfantFormulaFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const scope = townshipScope(ctx);
    const conditions: FilterQuery<InfantFormulaBatch>[] = [];
    if (scope) conditions.push({ townshipId: scope });
    if (filter?.year) conditions.push({ year: filter.year });
    if (filter?.tested === true) conditions.push({ sample: { $ne: null } });
    if (filter?.tested === false) conditions.push({ sample: null });
    return paginate(ctx.em, InfantFormulaBatch, conditions.length ? { $and: conditions } : {}, page, {
      orderBy: { foundOn: 'desc' },
    });
  }

  @Query(() => InfantFormulaCoverage, { nullable: true, description: '婴配乳粉批批检覆盖率' })
  async infantFormulaCoverage(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<InfantFormulaCoverage> {
    const scope = townshipScope(ctx);
    const where: FilterQuery<InfantFormulaBatch> = { year, ...(scope ? { townshipId: scope } : {}) };
    const [batchesOnSale, batchesTested] = await Promise.all([
      ctx.em.count(InfantFormulaBatch, where),
      ctx.em.count(InfantFormulaBatch, { ...where, sample: { $ne: null } }),
    ]);
    return Object.assign(new InfantFormulaCoverage(), {
      year,
      batchesOnSale,
      batchesTested,
      coverage: batchesOnSale ? batchesTested / batchesOnSale : 1,
    });
  }

  @Mutation(() => InfantFormulaBatch, { description: '登记在售的婴配乳粉批次(待检)' })
  async registerInfantFormulaBatch(
    @Arg('input', () => InfantFormulaBatchInput) input: InfantFormulaBatchInput,
    @Ctx() ctx: Context,
  ): Promise<InfantFormulaBatch> {
    requireWriter(ctx);
    if (input.townshipId) townshipCode(input.townshipId);
    const entityId = requiredText(input.entityId, 'entityId', '销售单位', 36);
    const townshipId = await entityTownship(ctx, entityId, input.townshipId);
    requireWriter(ctx, townshipId);
    const { today } = await clockContext(ctx);
    if (![1, 2, 3].includes(input.stage)) throw userInputError('段别应为 1、2 或 3', 'stage');
    const foundOn = notAfterToday(localDate(input.foundOn, 'foundOn', '发现日期'), today, 'foundOn', '发现日期');
    const batch = ctx.em.create(InfantFormulaBatch, {
      id: randomUUID(),
      year: Number(foundOn.slice(0, 4)),
      brand: requiredText(input.brand, 'brand', '品牌', 60),
      product: requiredText(input.product, 'product', '产品名称'),
      stage: input.stage,
      batchNumber: requiredText(input.batchNumber, 'batchNumber', '生产批号', 60),
      entityId,
      townshipId,
      foundOn,
    });
    await ctx.em.flush();
    return batch;
  }

  @Mutation(() => InfantFormulaBatch, { description: '关联检验该批次的样品' })
  async linkInfantFormulaSample(
    @Arg('batchId', () => ID) batchId: string,
    @Arg('sampleId', () => ID) sampleId: string,
    @Ctx() ctx: Context,
  ): Promise<InfantFormulaBatch> {
    const batch = await ctx.em.findOne(InfantFormulaBatch, { id: batchId });
    if (!batch) throw userInputError(`在售批次不存在:${batchId}`, 'batchId');
    requireWriter(ctx, batch.townshipId);
    const sample = await ctx.em.findOne(Sample, { id: sampleId });
    if (!sample) throw userInputError(`样品不存在:${sampleId}`, 'sampleId');
    // Linking would otherwise pull another township's sample into this batch's township.
    requireInScope(ctx, sample.townshipId);
    if (sample.category !== FoodCategory.INFANT_FORMULA) throw userInputError('该样品不是婴幼儿配方食品', 'sampleId');
    batch.sample = sample;
    await ctx.em.flush();
    return batch;
  }

  @FieldResolver(() => EntityRef, { nullable: true, description: '销售单位' })
  entity(@Root() batch: InfantFormulaBatch): EntityRef {
    return entityRef(batch.entityId);
  }

  @FieldResolver(() => Sample, { nullable: true, description: '检验该批次的样品' })
  sample(@Root() batch: InfantFormulaBatch, @Ctx() ctx: Context) {
    return batch.sample ? scopedSample(ctx, batch.sample.id) : null;
  }
}
