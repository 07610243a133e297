import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  checkVersion,
  type Context,
  notFound,
  paginate,
  requireWriter,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireCaseVisible } from '../access';
import { recordChange, seizedItemSnapshot } from '../audit';
import { clockContext } from '@shian/subgraph-kit';
import { auditByRecord, caseById } from '../data';
import { AuditEntry, Case, HistoryRecordType, SeizedItem, SeizedItemStatus, SeizureKind } from '../entities';
import { SeizedItemFilter, SeizedItemInput, SeizedItemUpdateInput } from '../inputs';
import { LABELS, seizureClock } from '../rules';
import { EnforcementClock, toClock } from '../types';
import { localDate, notAfterToday, notBefore, optionalText, requiredText } from '../validate';
import { writing } from '../writes';

@ObjectType()
export class SeizedItemConnection extends Connection(SeizedItem) {}

const HELD: readonly SeizedItemStatus[] = [SeizedItemStatus.SEIZED, SeizedItemStatus.SEALED];

/** 涉案财物: the bureau's register of goods seized or sealed, their custody, and what became of them. */
@Resolver(() => SeizedItem)
export class SeizedItemResolver {
  @Query(() => SeizedItemConnection, { nullable: true, description: '涉案财物,查封扣押日期由近及远' })
  seizedItems(
    @Arg('filter', () => SeizedItemFilter, { nullable: true }) filter: SeizedItemFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const township = townshipScope(ctx);
    const conditions: FilterQuery<SeizedItem>[] = [];
    if (township) conditions.push({ caseFile: { townshipId: township } });
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.caseId) conditions.push({ caseFile: filter.caseId });
    if (filter?.held === true) conditions.push({ status: { $in: HELD } });
    if (filter?.held === false) conditions.push({ status: { $nin: HELD } });
    return paginate(ctx.em, SeizedItem, conditions.length ? { $and: conditions } : {}, page, {
      orderBy: { seizedOn: 'desc' },
    });
  }

  @Mutation(() => SeizedItem, { description: '登记涉案财物(查封、扣押)' })
  async recordSeizure(@Arg('input', () => SeizedItemInput) input: SeizedItemInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireWriter(ctx);
    const record = await ctx.em.findOne(Case, { id: input.caseId });
    if (!record) throw notFound('案件', input.caseId);
    requireWriter(ctx, record.townshipId);
    const { today } = await clockContext(ctx);
    const seizedOn = notAfterToday(
      localDate(input.seizedOn, 'seizedOn', '查封扣押日期'),
      today,
      'seizedOn',
      '查封扣押日期',
    );
    notBefore(seizedOn, record.receivedOn, 'seizedOn', '查封扣押日期', '线索受理日期');
    if (!Number.isFinite(input.quantity) || input.quantity <= 0) throw userInputError('数量应大于 0', 'quantity');
    const item = ctx.em.create(SeizedItem, {
      id: randomUUID(),
      caseFile: record,
      name: requiredText(input.name, 'name', '物品名称'),
      quantity: input.quantity,
      unit: requiredText(input.unit, 'unit', '单位', 20),
      measure: input.measure,
      seizedOn,
      status: input.measure === SeizureKind.SEAL ? SeizedItemStatus.SEALED : SeizedItemStatus.SEIZED,
      custodian: requiredText(input.custodian, 'custodian', '保管人', 100),
      location: requiredText(input.location, 'location', '存放地点'),
      note: optionalText(input.note, 'note', '备注', 500),
    });
    recordChange(ctx, {
      type: HistoryRecordType.SEIZED_ITEM,
      recordId: item.id,
      caseId: record.id,
      action: `登记涉案财物(${LABELS.SeizureKind[input.measure]})`,
      before: null,
      after: seizedItemSnapshot(item),
    });
    await ctx.em.flush();
    return item;
  }

  @Mutation(() => SeizedItem, { description: '涉案财物保管变更、延长期限或处置(退还、没收、销毁、随案移交)' })
  async updateSeizedItem(@Arg('input', () => SeizedItemUpdateInput) input: SeizedItemUpdateInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireWriter(ctx);
    const item = await ctx.em.findOne(SeizedItem, { id: input.itemId }, { populate: ['caseFile'] });
    if (!item) throw notFound('涉案财物', input.itemId);
    requireWriter(ctx, item.caseFile.townshipId);
    checkVersion(item, input.version, '涉案财物');
    const { today } = await clockContext(ctx);
    const before = seizedItemSnapshot(item);
    const held = HELD.includes(item.status);
    if (input.status && input.status !== item.status) {
      if (!held) throw userInputError(`已「${LABELS.SeizedItemStatus[item.status]}」,不能再处置`, 'status');
      if (HELD.includes(input.status)) throw userInputError('处置结果应为退还、没收、销毁或随案移交', 'status');
      if (!input.releasedOn) throw userInputError('请填写处置日期', 'releasedOn');
      const on = notAfterToday(localDate(input.releasedOn, 'releasedOn', '处置日期'), today, 'releasedOn', '处置日期');
      item.releasedOn = notBefore(on, item.seizedOn, 'releasedOn', '处置日期', '查封扣押日期');
      item.status = input.status;
    }
    if (input.extended) {
      if (!held) throw userInputError('已解除查封扣押,无需延长', 'extended');
      if (item.extended) throw userInputError('查封扣押期限已延长过', 'extended');
      item.extended = true;
    }
    if (input.custodian != null) item.custodian = requiredText(input.custodian, 'custodian', '保管人', 100);
    if (input.location != null) item.location = requiredText(input.location, 'location', '存放地点');
    if (input.note !== undefined) item.note = optionalText(input.note, 'note', '备注', 500);
    const entry = recordChange(ctx, {
      type: HistoryRecordType.SEIZED_ITEM,
      recordId: item.id,
      caseId: item.caseFile.id,
      action:
        input.status && input.status !== before.status ? `处置(${LABELS.SeizedItemStatus[input.status]})` : '保管变更',
      before,
      after: seizedItemSnapshot(item),
    });
    if (!entry) throw userInputError('没有需要保存的变更', 'itemId');
    await ctx.em.flush();
    return item;
  }

  @FieldResolver(() => Case, { description: '所属案件' })
  async case(@Root() item: SeizedItem, @Ctx() ctx: Context) {
    const record = await caseById(ctx).load(item.caseFile.id);
    if (record) await requireCaseVisible(ctx, record);
    return record;
  }

  @FieldResolver(() => EnforcementClock, { description: '查封扣押期限(30日,经批准延长30日)' })
  async clock(@Root() item: SeizedItem, @Ctx() ctx: Context) {
    const { calendar, today } = await clockContext(ctx);
    return toClock(seizureClock(item.seizedOn, item.releasedOn, item.extended, calendar, today));
  }

  @FieldResolver(() => [AuditEntry], { description: '涉案财物的修改留痕' })
  history(@Root() item: SeizedItem, @Ctx() ctx: Context) {
    return auditByRecord(ctx).load(item.id);
  }
}
