import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  CHILD_LIST_LIMIT,
  Connection,
  ConnectionArgs,
  type Context,
  contains,
  forbidden,
  listPerParent,
  localDate,
  optionalText,
  paginate,
  requiredText,
  requireWriter,
  userInputError,
  yearSpan,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Consultation,
  ConsultationConclusion,
  Duty,
  listIncludes,
  Risk,
  TownshipRef,
  toList,
  townshipRef,
} from '../entities';
import { nextCode } from '../entities/codes';
import { partnerOf, seesShared, seesTownships, sharedListScope } from '../entities/scope';
import { ConsultationFilter, ConsultationInput } from '../inputs';
import { departmentNames, townshipCodes } from '../inputs-checks';
import { byId, checkedDuty, newDuty } from './Duty';

@ObjectType()
export class ConsultationConnection extends Connection(Consultation) {}

const MAX_CONCLUSIONS = 50;

function consultationWhere(ctx: Context, filter: ConsultationFilter | null | undefined): FilterQuery<Consultation> {
  const conditions: FilterQuery<Consultation>[] = [sharedListScope<Consultation>(ctx, 'departmentList')];
  if (filter?.townshipId) conditions.push({ townshipList: listIncludes(filter.townshipId) });
  if (filter?.department) conditions.push({ departmentList: listIncludes(filter.department) });
  if (filter?.riskId) conditions.push({ riskIds: { $like: `%"${filter.riskId.replace(/[%_"\\]/g, '')}"%` } });
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({ date: { $gte: from, $lte: to } });
  }
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      $or: [contains(['title', 'summary'], search), contains(['code'], search.toUpperCase())],
    } as FilterQuery<Consultation>);
  }
  return { $and: conditions };
}

/**
 * 会商研判: the bureau records a meeting; its conclusions each become a duty on the responsibility list, all in the
 * one transaction of the mutation. Partner departments present see the meeting (and its conclusions' duties).
 */
@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => ConsultationConnection, { description: '会商研判,最近的在前;协作部门只见本单位参加的' })
  consultations(
    @Arg('filter', () => ConsultationFilter, { nullable: true }) filter: ConsultationFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, Consultation, consultationWhere(ctx, filter), page, {
      orderBy: { date: 'desc', code: 'desc' },
    });
  }

  @Query(() => Consultation, { nullable: true, description: '单次会商;不在本人可见范围内为 FORBIDDEN' })
  async consultation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Consultation | null> {
    sharedListScope(ctx, 'departmentList');
    const consultation = await ctx.em.findOne(Consultation, { id });
    if (consultation && !seesShared(ctx, consultation.departments, consultation.townshipIds)) {
      throw forbidden('该会商不涉及您所辖乡镇(街道)或本单位');
    }
    return consultation;
  }

  @Mutation(() => Consultation, { description: '登记会商研判;每条结论生成一条责任(同一事务)' })
  async createConsultation(
    @Arg('input', () => ConsultationInput) input: ConsultationInput,
    @Ctx() ctx: Context,
  ): Promise<Consultation> {
    requireWriter(ctx);
    const townships = townshipCodes(ctx, input.townshipIds);
    const departments = departmentNames(input.departments);
    const riskIds = [...new Set(input.riskIds)];
    const risks = riskIds.length ? await ctx.em.find(Risk, { id: { $in: riskIds } }) : [];
    for (const id of riskIds) {
      const risk = risks.find((r) => r.id === id);
      if (!risk || !seesTownships(ctx, risk.townshipIds)) {
        throw userInputError(`研判的风险 ${id} 不存在或不在您的权限范围内`, 'riskIds');
      }
    }
    if (input.conclusions.length === 0) throw userInputError('至少填写一条会商结论', 'conclusions');
    if (input.conclusions.length > MAX_CONCLUSIONS) {
      throw userInputError(`会商结论不能超过 ${MAX_CONCLUSIONS} 条`, 'conclusions');
    }
    const draft = Object.assign(new Consultation(), {
      townshipList: toList(townships),
      departmentList: toList(departments),
    });
    // Everything is checked (each conclusion's owner too) before the first row is created.
    const conclusions = [];
    for (const [i, conclusion] of input.conclusions.entries()) {
      const prefix = `conclusions.${i}`;
      conclusions.push({
        text: requiredText(conclusion.text, `${prefix}.text`, '会商结论', 1000),
        duty: await checkedDuty(ctx, { ...conclusion, task: conclusion.text }, { consultation: draft }, prefix),
      });
    }
    const date = localDate(input.date, 'date', '会商日期');
    const consultation = ctx.em.create(Consultation, {
      id: randomUUID(),
      code: await nextCode(ctx.em, Consultation, 'HS', date.slice(0, 4)),
      date,
      title: requiredText(input.title, 'title', '会商主题'),
      summary: optionalText(input.summary, 'summary', '研判情况', 4000),
      departmentList: draft.departmentList,
      townshipList: draft.townshipList,
      riskIds,
    });
    for (const [position, conclusion] of conclusions.entries()) {
      const duty = await newDuty(ctx, conclusion.duty, { consultation });
      ctx.em.create(ConsultationConclusion, {
        id: randomUUID(),
        consultation,
        position: position + 1,
        text: conclusion.text,
        duty,
      });
    }
    await ctx.em.flush();
    return consultation;
  }

  @FieldResolver(() => [TownshipRef], { description: '涉及的乡镇(街道)' })
  townships(@Root() consultation: Consultation): TownshipRef[] {
    return consultation.townshipIds.map(townshipRef);
  }

  /** The risks discussed that the caller may see (a partner department sees none of the risk list). */
  @FieldResolver(() => [Risk], { description: '研判的风险(本人可见范围内)' })
  async risks(@Root() consultation: Consultation, @Ctx() ctx: Context): Promise<Risk[]> {
    if (partnerOf(ctx)) return [];
    const risks = await Promise.all(consultation.riskIds.map((id) => byId(ctx, Risk, id)));
    return risks.filter((risk): risk is Risk => risk != null && seesTownships(ctx, risk.townshipIds));
  }

  @FieldResolver(() => [ConsultationConclusion], { description: '会商结论,按序号' })
  conclusions(@Root() consultation: Consultation, @Ctx() ctx: Context): Promise<ConsultationConclusion[]> {
    return ctx
      .loader<string, ConsultationConclusion[]>('conclusionsByConsultation', (ids) =>
        listPerParent(ctx.em, ConsultationConclusion, undefined, 'consultation', ids, {
          limit: CHILD_LIST_LIMIT,
          orderBy: { position: 'asc' },
        }),
      )
      .load(consultation.id);
  }
}

/** A conclusion's duty is seen with its consultation: whoever sees the meeting sees what it decided. */
@Resolver(() => ConsultationConclusion)
export class ConsultationConclusionResolver {
  @FieldResolver(() => Duty, { description: '该结论生成的责任' })
  async duty(@Root() conclusion: ConsultationConclusion, @Ctx() ctx: Context): Promise<Duty> {
    const duty = await byId(ctx, Duty, conclusion.duty.id);
    if (!duty) throw new Error(`conclusion ${conclusion.id} has no duty ${conclusion.duty.id}`);
    return duty;
  }
}
