import type { FilterQuery } from '@mikro-orm/core';
import { Connection, ConnectionArgs, type Context, notFound, paginate, userInputError } from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { partnerOf, requireCaseVisible, requirePartner, requireTransferVisible, transferScope } from '../access';
import { recordChange, transferSnapshot } from '../audit';
import { clockContext } from '@shian/subgraph-kit';
import { auditByRecord, caseById } from '../data';
import {
  AuditEntry,
  Case,
  HistoryRecordType,
  Transfer,
  TransferKind,
  TransferOutcome,
  TransferStatus,
} from '../entities';
import { TransferAnswerInput, TransferFilter, TransferReceiptInput } from '../inputs';
import { LABELS, transferClock } from '../rules';
import { EnforcementClock, toClock } from '../types';
import { localDate, notAfterToday, notBefore, optionalText, requiredText, yearSpan } from '../validate';
import { writing } from '../writes';

@ObjectType()
export class TransferConnection extends Connection(Transfer) {}

/** Which answers may follow which: a filed criminal case may later go on to prosecution or be concluded. */
const NEXT_OUTCOMES: Record<string, readonly TransferOutcome[]> = {
  none: [TransferOutcome.FILED, TransferOutcome.DECLINED, TransferOutcome.CONCLUDED],
  FILED: [TransferOutcome.PROSECUTED, TransferOutcome.CONCLUDED],
};

/**
 * Transfers: the bureau sees those of cases in its scope; the receiving department sees those addressed to it and
 * writes its receipt and answer on them. Nobody else writes on a transfer once sent.
 */
async function loadTransferForPartner(ctx: Context, id: string): Promise<Transfer> {
  requirePartner(ctx);
  const transfer = await ctx.em.findOne(Transfer, { id }, { populate: ['caseFile'] });
  if (!transfer) throw notFound('移送', id);
  requireTransferVisible(ctx, transfer, transfer.caseFile.townshipId);
  return transfer;
}

@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => TransferConnection, {
    nullable: true,
    description: '案件移送,移送日期由近及远;协作部门只见移送给本单位的',
  })
  transfers(
    @Arg('filter', () => TransferFilter, { nullable: true }) filter: TransferFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<Transfer>[] = [transferScope(ctx)];
    if (filter?.year != null) {
      const { from, to } = yearSpan(filter.year);
      conditions.push({ transferredOn: { $gte: from, $lte: to } });
    }
    if (filter?.department) conditions.push({ department: filter.department });
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.status) conditions.push({ status: filter.status });
    return paginate(ctx.em, Transfer, { $and: conditions }, page, { orderBy: { transferredOn: 'desc' } });
  }

  @Query(() => Transfer, { nullable: true })
  async transfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    partnerOf(ctx);
    const transfer = await ctx.em.findOne(Transfer, { id }, { populate: ['caseFile'] });
    if (transfer) requireTransferVisible(ctx, transfer, transfer.caseFile.townshipId);
    return transfer;
  }

  @Mutation(() => Transfer, { description: '接收部门签收移送(回执)' })
  async receiveTransfer(@Arg('input', () => TransferReceiptInput) input: TransferReceiptInput, @Ctx() ctx: Context) {
    writing(ctx);
    const transfer = await loadTransferForPartner(ctx, input.transferId);
    const { today } = await clockContext(ctx);
    if (transfer.status !== TransferStatus.SENT) throw userInputError(`已于${transfer.receivedOn}签收`, 'transferId');
    const receivedOn = notAfterToday(
      localDate(input.receivedOn, 'receivedOn', '接收日期'),
      today,
      'receivedOn',
      '接收日期',
    );
    notBefore(receivedOn, transfer.transferredOn, 'receivedOn', '接收日期', '移送日期');
    const before = transferSnapshot(transfer);
    transfer.receivedOn = receivedOn;
    transfer.receiptNumber = requiredText(input.receiptNumber, 'receiptNumber', '回执编号', 60);
    transfer.receivedBy = requiredText(input.receivedBy, 'receivedBy', '接收人', 50);
    transfer.status = TransferStatus.RECEIVED;
    recordChange(ctx, {
      type: HistoryRecordType.TRANSFER,
      recordId: transfer.id,
      caseId: transfer.caseFile.id,
      action: '接收部门签收',
      before,
      after: transferSnapshot(transfer),
    });
    await ctx.em.flush();
    return transfer;
  }

  @Mutation(() => Transfer, { description: '接收部门答复处理结果(立案、不予立案、移送起诉、办结)' })
  async answerTransfer(@Arg('input', () => TransferAnswerInput) input: TransferAnswerInput, @Ctx() ctx: Context) {
    writing(ctx);
    const transfer = await loadTransferForPartner(ctx, input.transferId);
    const { today } = await clockContext(ctx);
    if (transfer.status === TransferStatus.SENT) throw userInputError('请先签收移送(回执)', 'transferId');
    const allowed = NEXT_OUTCOMES[transfer.outcome ?? 'none'] ?? [];
    if (!allowed.includes(input.outcome))
      throw userInputError(
        transfer.outcome
          ? `已答复「${LABELS.TransferOutcome[transfer.outcome]}」,不能再答复为「${LABELS.TransferOutcome[input.outcome]}」`
          : `不能答复为「${LABELS.TransferOutcome[input.outcome]}」`,
        'outcome',
      );
    if (input.outcome === TransferOutcome.PROSECUTED && transfer.kind !== TransferKind.CRIMINAL)
      throw userInputError('移送管辖的案件没有移送起诉', 'outcome');
    const answeredOn = notAfterToday(
      localDate(input.answeredOn, 'answeredOn', '答复日期'),
      today,
      'answeredOn',
      '答复日期',
    );
    notBefore(answeredOn, transfer.answeredOn ?? transfer.receivedOn, 'answeredOn', '答复日期', '接收(上次答复)日期');
    const before = transferSnapshot(transfer);
    transfer.answeredOn = answeredOn;
    transfer.outcome = input.outcome;
    transfer.outcomeNote = requiredText(input.note, 'note', '处理情况', 1000);
    const number = optionalText(input.partnerCaseNumber, 'partnerCaseNumber', '案件编号', 60);
    if (number) transfer.partnerCaseNumber = number;
    transfer.status = TransferStatus.ANSWERED;
    recordChange(ctx, {
      type: HistoryRecordType.TRANSFER,
      recordId: transfer.id,
      caseId: transfer.caseFile.id,
      action: '接收部门答复',
      before,
      after: transferSnapshot(transfer),
    });
    await ctx.em.flush();
    return transfer;
  }

  @FieldResolver(() => Case, { description: '移送的案件' })
  async case(@Root() transfer: Transfer, @Ctx() ctx: Context) {
    const record = await caseById(ctx).load(transfer.caseFile.id);
    if (record) await requireCaseVisible(ctx, record);
    return record;
  }

  @FieldResolver(() => EnforcementClock, { nullable: true, description: '接收部门答复时限(自接收起3日)' })
  async answerClock(@Root() transfer: Transfer, @Ctx() ctx: Context) {
    const { calendar, today } = await clockContext(ctx);
    const clock = transferClock(transfer.receivedOn, transfer.answeredOn, calendar, today);
    return clock ? toClock(clock) : null;
  }

  @FieldResolver(() => [AuditEntry], { description: '移送的修改留痕' })
  history(@Root() transfer: Transfer, @Ctx() ctx: Context) {
    return auditByRecord(ctx).load(transfer.id);
  }
}
