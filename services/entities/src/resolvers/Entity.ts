import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  checkVersion,
  type Context,
  paginate,
  requireInScope,
  requireWriter,
  townshipScope,
  userInputError,
  notFound,
  villageScope,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ENTITY_COUNTS } from '../entity-counts';
import { assessmentsByEntity, assignmentsByEntity, licensesByEntity, visitsByEntity } from '../data';
import { requireEntityVisible, scopedTownship } from '../scope';
import { villageById } from '../data';
import { Assignment, Entity, EntityStatus, License, RiskAssessment, Township, Village, Visit } from '../entities';
import { EntityFilter, EntityInput, EntityUpdateInput } from '../inputs';
import { checkCreditCode, normalizeCreditCode } from '../rules/credit-code';
import { phone, requiredText } from '../validate';
import { searchCondition, searchPage } from '../search';

@ObjectType()
export class EntityConnection extends Connection(Entity) {}

const MAX_IDS = 100;

/** The register's `where`: the caller's township scope first, then the filter (which can only narrow it). */
export async function entityWhere(ctx: Context, filter: EntityFilter | null | undefined): Promise<FilterQuery<Entity>> {
  // A village liaison sees their village's businesses only; everyone else in the bureau by township; partners none.
  const village = villageScope(ctx);
  const scope = village === undefined ? townshipScope(ctx) : ctx.identity.townshipId;
  const conditions: FilterQuery<Entity>[] = [];
  if (scope) conditions.push({ township: scope });
  if (village !== undefined) conditions.push({ village });
  if (filter?.villageId) conditions.push({ village: filter.villageId });
  if (filter?.ids) {
    // Other subgraphs ask which township each business of a write is in, a page (100) at a time.
    if (filter.ids.length > MAX_IDS) throw userInputError(`一次最多按 ${MAX_IDS} 个主体 ID 筛选`, 'ids');
    conditions.push({ id: { $in: [...new Set(filter.ids)] } });
  }
  if (filter?.townshipId) conditions.push({ township: filter.townshipId });
  if (filter?.category) conditions.push({ category: filter.category });
  if (filter?.riskGrade) conditions.push({ riskGrade: filter.riskGrade });
  if (filter?.status) conditions.push({ status: filter.status });
  const search = filter?.search?.trim();
  // Through the bigram index for two characters or more (src/search.ts), the same answers as a scan.
  if (search) conditions.push(await searchCondition(ctx.em, search));
  return conditions.length ? { $and: conditions } : {};
}

async function township(ctx: Context, id: string): Promise<Township> {
  const found = await ctx.em.findOne(Township, { id });
  if (!found) throw userInputError(`乡镇(街道)不存在:${id}`, 'townshipId');
  return found;
}

/** A business's village must be one of its township's (a 村 of another township would put it in two places). */
async function villageOf(ctx: Context, id: string | null | undefined, townshipId: string): Promise<Village | null> {
  const code = id?.trim();
  if (!code) return null;
  const found = await ctx.em.findOne(Village, { id: code });
  if (!found) throw userInputError(`村(社区)不存在:${code}`, 'villageId');
  if (found.township.id !== townshipId)
    throw userInputError(`村(社区)${found.name}不属于该主体所在的乡镇(街道)`, 'villageId');
  return found;
}

/**
 * An entity's own records (licences, grades, 包保) follow its township's scope; an entity reached through another
 * subgraph by reference shows its register fields, but these lists only to those whose scope it is in.
 */
@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: '单个主体;不在本人辖区内为 FORBIDDEN' })
  async entity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Entity | null> {
    villageScope(ctx);
    const entity = await ctx.em.findOne(Entity, { id });
    if (entity) requireEntityVisible(ctx, entity);
    return entity;
  }

  @Query(() => EntityConnection, { nullable: true, description: '主体名录' })
  async entities(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    // A search's page in the register's order from its postings (src/search.ts); paginate where they cannot serve.
    const search = filter?.search?.trim();
    const found =
      search && (await searchPage(ctx.em, await entityWhere(ctx, { ...filter, search: null }), search, page));
    if (found) return found;
    return paginate(ctx.em, Entity, await entityWhere(ctx, filter), page, {
      orderBy: { name: 'asc' },
      countFrom: ENTITY_COUNTS,
    });
  }

  @Mutation(() => Entity, { description: '登记主体' })
  async createEntity(@Arg('input', () => EntityInput) input: EntityInput, @Ctx() ctx: Context): Promise<Entity> {
    requireWriter(ctx, input.townshipId);
    const name = requiredText(input.name, 'name', '名称');
    const creditCode = normalizeCreditCode(input.creditCode ?? '');
    const problem = checkCreditCode(creditCode);
    if (problem) throw userInputError(problem, 'creditCode');
    const address = requiredText(input.address, 'address', '经营地址', 300);
    const legalRepresentative = requiredText(
      input.legalRepresentative,
      'legalRepresentative',
      '法定代表人(负责人)',
      50,
    );
    const phoneNumber = phone(input.phone);
    const place = await township(ctx, input.townshipId);
    const village = await villageOf(ctx, input.villageId, place.id);
    const existing = await ctx.em.findOne(Entity, { creditCode });
    if (existing) throw userInputError(`统一社会信用代码已登记(主体:${existing.name})`, 'creditCode');
    const entity = ctx.em.create(Entity, {
      id: randomUUID(),
      name,
      creditCode,
      category: input.category,
      status: input.status ?? EntityStatus.OPERATING,
      township: place,
      village,
      address,
      legalRepresentative,
      phone: phoneNumber,
    });
    await ctx.em.flush();
    return entity;
  }

  @Mutation(() => Entity, { description: '修改主体信息' })
  async updateEntity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EntityUpdateInput) input: EntityUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<Entity> {
    const entity = await ctx.em.findOne(Entity, { id });
    if (!entity) throw notFound('主体', id);
    requireWriter(ctx, entity.township.id);
    checkVersion(entity, input.version, '主体');
    const changes: Partial<Entity> = {};
    if (input.name != null) changes.name = requiredText(input.name, 'name', '名称');
    if (input.address != null) changes.address = requiredText(input.address, 'address', '经营地址', 300);
    if (input.legalRepresentative != null)
      changes.legalRepresentative = requiredText(
        input.legalRepresentative,
        'legalRepresentative',
        '法定代表人(负责人)',
        50,
      );
    if (input.phone !== undefined) changes.phone = phone(input.phone);
    if (input.status != null) changes.status = input.status;
    if (input.category != null) changes.category = input.category;
    let townshipId = entity.township.id;
    if (input.townshipId != null && input.townshipId !== entity.township.id) {
      requireWriter(ctx, input.townshipId);
      changes.township = await township(ctx, input.townshipId);
      townshipId = input.townshipId;
      // A village of the old township cannot stay: moved without a new one, the business has none.
      if (input.villageId === undefined) changes.village = null;
    }
    if (input.villageId !== undefined) changes.village = await villageOf(ctx, input.villageId, townshipId);
    ctx.em.assign(entity, changes);
    await ctx.em.flush();
    return entity;
  }

  @FieldResolver(() => Township)
  township(@Root() entity: Entity, @Ctx() ctx: Context) {
    return scopedTownship(ctx, entity.township.id);
  }

  @FieldResolver(() => Village, { nullable: true, description: '所在村(社区),未登记为空' })
  village(@Root() entity: Entity, @Ctx() ctx: Context) {
    villageScope(ctx);
    return entity.village ? villageById(ctx).load(entity.village.id) : null;
  }

  @FieldResolver(() => [License], { description: '许可证(登记证),有效期至由近及远' })
  licenses(@Root() entity: Entity, @Ctx() ctx: Context) {
    requireInScope(ctx, entity.township.id);
    return licensesByEntity(ctx).load(entity.id);
  }

  @FieldResolver(() => [RiskAssessment], { description: '风险分级历史,最新在前' })
  riskAssessments(@Root() entity: Entity, @Ctx() ctx: Context) {
    requireInScope(ctx, entity.township.id);
    return assessmentsByEntity(ctx).load(entity.id);
  }

  @FieldResolver(() => [Assignment], { description: '包保干部' })
  assignments(@Root() entity: Entity, @Ctx() ctx: Context) {
    requireInScope(ctx, entity.township.id);
    return assignmentsByEntity(ctx).load(entity.id);
  }

  @FieldResolver(() => [Visit], { description: '包保督导记录,最新在前' })
  visits(@Root() entity: Entity, @Ctx() ctx: Context) {
    requireInScope(ctx, entity.township.id);
    return visitsByEntity(ctx).load(entity.id);
  }
}
