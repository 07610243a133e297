import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  CHILD_LIST_LIMIT,
  checkVersion,
  contains,
  groupBy,
  listPerParent,
  localDate,
  notFound,
  optionalText,
  paginate,
  requiredText,
  requireWriter,
  todayInChina,
  userInputError,
  yearWindow,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Duty,
  listIncludes,
  OfficialRef,
  officialRef,
  Risk,
  RiskLevelChange,
  RiskStatus,
  TownshipRef,
  toList,
  townshipRef,
} from '../entities';
import { nextCode } from '../entities/codes';
import { requireTownshipsVisible, seesTownships, townshipListScope } from '../entities/scope';
import { RiskFilter, RiskInput } from '../inputs';
import { departmentNames, townshipCodes } from '../inputs-checks';
import { officialTownship } from './Duty';
import { checkScores, levelOf } from '../rules';
import { matrixCells, reject } from './RiskMatrix';

@ObjectType()
export class RiskConnection extends Connection(Risk) {}

export const CREATED_REASON = '登记';
const DEFAULT_CHANGE_REASON = '重新评估';

/** The risks' `where`: the caller's scope first (partners refused), then the filter, which can only narrow it. */
export function riskWhere(ctx: Context, filter: RiskFilter | null | undefined): FilterQuery<Risk> {
  const conditions: FilterQuery<Risk>[] = [townshipListScope<Risk>(ctx)];
  if (filter?.townshipId) conditions.push({ townshipList: listIncludes(filter.townshipId) });
  if (filter?.category) conditions.push({ category: filter.category });
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.year != null) {
    const { from, to } = yearWindow(filter.year);
    conditions.push({ createdAt: { $gte: from, $lt: to } });
  }
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      $or: [contains(['title', 'hazard', 'source'], search), contains(['code'], search.toUpperCase())],
    } as FilterQuery<Risk>);
  }
  return { $and: conditions };
}

/** A risk by id for a write: unknown is NOT_FOUND; the writer must be able to write in every township it concerns. */
export async function loadRiskForWrite(ctx: Context, id: string): Promise<Risk> {
  requireWriter(ctx);
  const risk = await ctx.em.findOne(Risk, { id });
  if (!risk) throw notFound('风险', id);
  for (const township of risk.townshipIds) requireWriter(ctx, township);
  return risk;
}

/** Everything of a risk input but its level, checked; the owner official through the gateway, in the caller's scope. */
async function checkedRisk(ctx: Context, input: RiskInput) {
  const townships = townshipCodes(ctx, input.townshipIds);
  reject(checkScores(input));
  const fields = {
    title: requiredText(input.title, 'title', '风险名称'),
    hazard: requiredText(input.hazard, 'hazard', '风险点', 2000),
    source: requiredText(input.source, 'source', '风险来源', 500),
    category: input.category,
    likelihood: input.likelihood,
    severity: input.severity,
    townshipList: toList(townships),
    businessCategories: [...new Set(input.businessCategories.map((c) => c.trim()).filter(Boolean))],
    controls: optionalText(input.controls, 'controls', '管控措施', 2000),
    ownerDepartment: departmentNames([input.ownerDepartment], 'ownerDepartment')[0] as string,
    ownerId: input.ownerId?.trim() || null,
    reviewDate: input.reviewDate ? localDate(input.reviewDate, 'reviewDate', '评估日期') : null,
  };
  if (fields.businessCategories.some((c) => c.length > 40)) {
    throw userInputError('业态代码不能超过40个字符', 'businessCategories');
  }
  if (fields.ownerId) await officialTownship(ctx, fields.ownerId, 'ownerId');
  return fields;
}

@Resolver(() => Risk)
export class RiskResolver {
  @Query(() => RiskConnection, { description: '风险清单,最新登记在前' })
  risks(
    @Arg('filter', () => RiskFilter, { nullable: true }) filter: RiskFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, Risk, riskWhere(ctx, filter), page, { orderBy: { createdAt: 'desc', code: 'desc' } });
  }

  @Query(() => Risk, { nullable: true, description: '单项风险;不涉及本人辖区的为 FORBIDDEN' })
  async risk(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Risk | null> {
    const risk = await ctx.em.findOne(Risk, { id });
    if (risk) requireTownshipsVisible(ctx, risk.townshipIds);
    else townshipListScope(ctx);
    return risk;
  }

  @Mutation(() => Risk, { description: '登记风险;等级由风险矩阵得出,并记入等级变化' })
  async createRisk(@Arg('input', () => RiskInput) input: RiskInput, @Ctx() ctx: Context): Promise<Risk> {
    requireWriter(ctx);
    const fields = await checkedRisk(ctx, input);
    const level = levelOf(await matrixCells(ctx), fields.likelihood, fields.severity);
    const risk = ctx.em.create(Risk, {
      ...fields,
      id: randomUUID(),
      code: await nextCode(ctx.em, Risk, 'FX', todayInChina().slice(0, 4)),
      level,
      status: input.status ?? RiskStatus.ACTIVE,
    });
    ctx.em.create(RiskLevelChange, {
      id: randomUUID(),
      risk,
      at: risk.createdAt,
      fromLevel: null,
      toLevel: level,
      likelihood: risk.likelihood,
      severity: risk.severity,
      reason: optionalText(input.reason, 'reason', '原因') ?? CREATED_REASON,
      by: ctx.identity.name,
    });
    await ctx.em.flush();
    return risk;
  }

  @Mutation(() => Risk, { description: '修改风险;等级按风险矩阵重新得出,等级变化时记入等级变化' })
  async updateRisk(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RiskInput) input: RiskInput,
    @Ctx() ctx: Context,
  ): Promise<Risk> {
    const risk = await loadRiskForWrite(ctx, id);
    checkVersion(risk, version, '风险');
    const fields = await checkedRisk(ctx, input);
    const reason = optionalText(input.reason, 'reason', '原因') ?? DEFAULT_CHANGE_REASON;
    const level = levelOf(await matrixCells(ctx), fields.likelihood, fields.severity);
    if (level !== risk.level) {
      ctx.em.create(RiskLevelChange, {
        id: randomUUID(),
        risk,
        at: new Date(),
        fromLevel: risk.level,
        toLevel: level,
        likelihood: fields.likelihood,
        severity: fields.severity,
        reason,
        by: ctx.identity.name,
      });
    }
    Object.assign(risk, fields, { level, status: input.status ?? risk.status });
    await ctx.em.flush();
    return risk;
  }

  @FieldResolver(() => [TownshipRef], { description: '涉及的乡镇(街道)' })
  townships(@Root() risk: Risk): TownshipRef[] {
    return risk.townshipIds.map(townshipRef);
  }

  @FieldResolver(() => OfficialRef, { nullable: true, description: '责任人(包保干部)' })
  owner(@Root() risk: Risk): OfficialRef | null {
    return risk.ownerId ? officialRef(risk.ownerId) : null;
  }

  @FieldResolver(() => [RiskLevelChange], { description: '等级变化记录,最早在前(第一条为登记)' })
  levelHistory(@Root() risk: Risk, @Ctx() ctx: Context): Promise<RiskLevelChange[]> {
    return ctx
      .loader<string, RiskLevelChange[]>('riskLevelHistory', async (ids) => {
        const rows = await ctx.em.find(
          RiskLevelChange,
          { risk: { $in: [...ids] } },
          { orderBy: { at: 'asc', id: 'asc' } },
        );
        return groupBy(rows, (row) => row.risk.id, ids);
      })
      .load(risk.id);
  }

  /** Every duty of a risk the caller sees is visible to the caller (it is attached to a record they can see). */
  @FieldResolver(() => [Duty], { description: '该风险的责任,最新在前(最多100条,全部见 duties(filter: { riskId }))' })
  duties(@Root() risk: Risk, @Ctx() ctx: Context): Promise<Duty[]> {
    if (!seesTownships(ctx, risk.townshipIds)) return Promise.resolve([]);
    return ctx
      .loader<string, Duty[]>('dutiesByRisk', (ids) =>
        listPerParent(ctx.em, Duty, undefined, 'risk', ids, {
          limit: CHILD_LIST_LIMIT,
          orderBy: { createdAt: 'desc' },
        }),
      )
      .load(risk.id);
  }
}
