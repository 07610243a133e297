import { randomUUID } from 'node:crypto';
import {
  type Context,
  entityRecord,
  inScope,
  requireLinkedRecord,
  requireWriter,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { recordChange, seizedItemSnapshot, transferSnapshot } from '../audit';
import {
  CASE_NUMBER_PREFIX,
  type CaseForWrite,
  DECISION_NUMBER_PREFIX,
  currentStepDate,
  loadCaseForWrite,
  nextNumber,
  snapshotOf,
} from '../cases';
import { clockContext } from '@shian/subgraph-kit';
import {
  Case,
  CasePause,
  CaseSource,
  HistoryRecordType,
  Inspection,
  PartnerDepartment,
  Penalty,
  PenaltyKind,
  SeizedItem,
  SeizedItemStatus,
  Transfer,
  TransferKind,
} from '../entities';
import {
  CaseClockKind,
  CaseExtensionInput,
  CaseMoveInput,
  CasePauseInput,
  CaseResumeInput,
  CaseUpdateInput,
  ClueInput,
  PenaltyInput,
  PenaltyProgressInput,
  TransferInput,
} from '../inputs';
import { LINKED_DISPOSAL_OPERATION, LINKED_OPINION_EVENT_OPERATION, LINKED_VILLAGE_REPORT_OPERATION } from '../linked';
import { checkMove, findMove, LABELS, type MoveField } from '../rules';
import { CaseStatus } from '../rules/enums';
import { localDate, money, notAfterToday, notBefore, optionalText, requiredText, unique } from '../validate';
import { campaignOf, checkInspectors } from './shared';
import { writing } from '../writes';

/** Writes the case's own history entry for a change made in this request (flushed with the change). */
async function recordCase(
  ctx: Context,
  loaded: CaseForWrite,
  action: string,
  pauses = loaded.pauses,
  penalty = loaded.penalty,
) {
  // Touching the row makes every case write bump the version, even one that changes only a pause or the penalty.
  loaded.record.updatedAt = new Date();
  const after = await snapshotOf(ctx, loaded.record, pauses, penalty);
  recordChange(ctx, {
    type: HistoryRecordType.CASE,
    recordId: loaded.record.id,
    caseId: loaded.record.id,
    action,
    before: loaded.before,
    after,
  });
}

function violationsOf(values: readonly string[] | null | undefined) {
  const list = unique(values);
  if (list.length === 0) throw userInputError('至少选择一项违法行为', 'violations');
  return list;
}

function checkPenalty(input: PenaltyInput) {
  const kinds = unique(input.kinds);
  if (kinds.length === 0) throw userInputError('至少选择一种处罚', 'penalty.kinds');
  const fine = money(input.fine, 'penalty.fine', '罚款');
  const confiscatedGains = money(input.confiscatedGains, 'penalty.confiscatedGains', '没收违法所得');
  if (kinds.includes(PenaltyKind.FINE) !== fine > 0)
    throw userInputError(
      fine > 0 ? '填写了罚款金额的,处罚种类须包含罚款' : '处罚种类包含罚款的,须填写罚款金额',
      'penalty.fine',
    );
  if (kinds.includes(PenaltyKind.CONFISCATE_GAINS) !== confiscatedGains > 0)
    throw userInputError('没收违法所得的处罚种类与金额须一致', 'penalty.confiscatedGains');
  return { kinds, fine, confiscatedGains };
}

const CRIMINAL_DEPARTMENTS: ReadonlySet<PartnerDepartment> = new Set([
  PartnerDepartment.POLICE,
  PartnerDepartment.PROCURATORATE,
]);

function checkTransfer(input: TransferInput) {
  if (input.kind === TransferKind.CRIMINAL && !CRIMINAL_DEPARTMENTS.has(input.department))
    throw userInputError('涉嫌犯罪的案件应移送公安机关(或检察院)', 'transfer.department');
  return { reason: requiredText(input.reason, 'transfer.reason', '移送理由', 1000) };
}

/**
 * The inspection a clue comes from: one the writer may read, of the same business. An inspection of another
 * township is answered like an unknown one, so a write cannot probe for records outside its scope.
 */
async function sourceInspection(ctx: Context, id: string, entityId: string): Promise<void> {
  const inspection = await ctx.em.findOne(Inspection, { id });
  if (!inspection || !inScope(ctx, inspection.townshipId))
    throw userInputError(`监督检查不存在或不在您的辖区内:${id}`, 'inspectionId');
  if (inspection.entityId !== entityId) throw userInputError('该监督检查的被检查主体不是本案当事人', 'inspectionId');
}

/**
 * The disposal (sampling's) or opinion event (publicity's) a clue comes from: it must exist and be one the writer
 * may read, asked through the gateway as the writer, so a clue cannot pull another township's record into its file.
 */
async function sourceElsewhere(ctx: Context, input: ClueInput): Promise<void> {
  const disposalId = input.disposalId?.trim();
  if (disposalId)
    await requireLinkedRecord<{ disposal: { id: string } | null }>(ctx, {
      operation: LINKED_DISPOSAL_OPERATION,
      variables: { id: disposalId },
      found: (data) => data.disposal?.id === disposalId,
      field: 'disposalId',
      what: '抽检不合格处置',
    });
  const opinionEventId = input.opinionEventId?.trim();
  if (opinionEventId)
    await requireLinkedRecord<{ opinionEvent: { id: string } | null }>(ctx, {
      operation: LINKED_OPINION_EVENT_OPERATION,
      variables: { id: opinionEventId },
      found: (data) => data.opinionEvent?.id === opinionEventId,
      field: 'opinionEventId',
      what: '舆情',
    });
}

/**
 * The village report a clue is made from (the first step of its triage; the report is then marked through
 * entities' turnVillageReportIntoClue, which checks this clue carries its id): one the writer may read, still
 * pending, and not already made into a clue (a second would be an orphan the report never names).
 */
async function sourceVillageReport(ctx: Context, id: string | null | undefined): Promise<string | null> {
  const reportId = optionalText(id, 'villageReportId', '村(社区)报告ID', 36);
  if (!reportId) return null;
  const existing = await ctx.em.findOne(Case, { villageReportId: reportId });
  if (existing) throw userInputError(`该村(社区)报告已登记为线索(${existing.id}),请直接关联该线索`, 'villageReportId');
  await requireLinkedRecord<{ villageReport: { id: string; status: string } | null }>(ctx, {
    operation: LINKED_VILLAGE_REPORT_OPERATION,
    variables: { id: reportId },
    found: (data) => data.villageReport?.id === reportId && data.villageReport.status === 'PENDING',
    field: 'villageReportId',
    message: `村(社区)报告 ${reportId} 不存在、不在您的权限范围内,或已分办`,
  });
  return reportId;
}

const SOURCE_LINKS: Record<CaseSource, keyof ClueInput | null> = {
  SAMPLING: 'disposalId',
  INSPECTION: 'inspectionId',
  PUBLIC_OPINION: 'opinionEventId',
  REFERRAL: 'referredBy',
  COMPLAINT: null,
};

/**
 * The case mutations. Each loads the case with the version the writer read (stale → CONFLICT), asks the rules,
 * validates everything, then changes the record and writes its history in one flush.
 */
@Resolver(() => Case)
export class CaseMutationResolver {
  @Mutation(() => Case, { description: '登记线索' })
  async createClue(@Arg('input', () => ClueInput) input: ClueInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireWriter(ctx);
    const { today } = await clockContext(ctx);
    const title = requiredText(input.title, 'title', '案由');
    const entityId = requiredText(input.entityId, 'entityId', '当事人', 36);
    // The case's township and its party's name are the business's, as the register has them: never the form's.
    const party = await entityRecord(ctx, entityId, input.townshipId);
    const townshipId = party.townshipId;
    requireWriter(ctx, townshipId);
    const receivedOn = notAfterToday(
      localDate(input.receivedOn, 'receivedOn', '受理日期'),
      today,
      'receivedOn',
      '受理日期',
    );
    const description = requiredText(input.description, 'description', '线索描述', 4000);
    const link = SOURCE_LINKS[input.source];
    if (link && !optionalText(input[link] as string | null | undefined, link, '来源记录', 100))
      throw userInputError(`案件来源为「${LABELS.CaseSource[input.source]}」的,须注明来源记录`, link);
    if (input.inspectionId) await sourceInspection(ctx, input.inspectionId, entityId);
    await sourceElsewhere(ctx, input);
    const villageReportId = await sourceVillageReport(ctx, input.villageReportId);
    const campaign = await campaignOf(ctx, input.campaignId);
    const record = ctx.em.create(Case, {
      id: randomUUID(),
      title,
      source: input.source,
      entityId,
      partyName: party.name,
      townshipId,
      receivedOn,
      description,
      violationList: unique(input.violations).join(','),
      campaign,
      disposalId: optionalText(input.disposalId, 'disposalId', '处置ID', 36),
      inspectionId: optionalText(input.inspectionId, 'inspectionId', '检查ID', 36),
      opinionEventId: optionalText(input.opinionEventId, 'opinionEventId', '舆情ID', 36),
      referredBy: optionalText(input.referredBy, 'referredBy', '移送部门', 100),
      villageReportId,
    });
    const after = await snapshotOf(ctx, record, [], null);
    recordChange(ctx, {
      type: HistoryRecordType.CASE,
      recordId: record.id,
      caseId: record.id,
      action: '登记线索',
      before: null,
      after,
    });
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Case, { description: '修改案件信息(提交读到的版本号;他人已修改则为 CONFLICT)' })
  async updateCase(@Arg('input', () => CaseUpdateInput) input: CaseUpdateInput, @Ctx() ctx: Context) {
    writing(ctx);
    const loaded = await loadCaseForWrite(ctx, input.caseId, input.version);
    const { record } = loaded;
    if (record.status === CaseStatus.CLOSED || record.status === CaseStatus.NOT_FILED)
      throw userInputError(`案件已「${LABELS.CaseStatus[record.status]}」,不能修改`, 'caseId');
    if (input.title != null) record.title = requiredText(input.title, 'title', '案由');
    if (input.description != null) record.description = requiredText(input.description, 'description', '案情', 4000);
    if (input.violations != null) record.violationList = violationsOf(input.violations).join(',');
    if (input.legalBasis !== undefined)
      record.legalBasis = optionalText(input.legalBasis, 'legalBasis', '法律依据', 500);
    if (input.officerIds != null)
      record.officerIdList = (await checkInspectors(ctx, input.officerIds, 'officerIds', '办案人员'))
        .map((o) => o.id)
        .join(',');
    if (input.campaignId !== undefined) record.campaign = await campaignOf(ctx, input.campaignId);
    await recordCase(ctx, loaded, '修改案件信息');
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Case, { description: '案件流转(立案、调查、告知、决定、执行、结案、不予立案、移送),按流转表校验' })
  async moveCase(@Arg('input', () => CaseMoveInput) input: CaseMoveInput, @Ctx() ctx: Context) {
    writing(ctx);
    const loaded = await loadCaseForWrite(ctx, input.caseId, input.version);
    const { record, transfers } = loaded;
    const { today } = await clockContext(ctx);
    const present = new Set<MoveField>();
    if (input.officerIds?.length) present.add('officerIds');
    if (input.violations?.length || (record.violations.length && input.to === CaseStatus.FILED))
      present.add('violations');
    if (input.legalBasis?.trim() || record.legalBasis) present.add('legalBasis');
    if (input.reason?.trim()) present.add('reason');
    if (input.penalty) present.add('penalty');
    if (input.transfer) present.add('transfer');
    const latest = transfers.at(-1);
    const problem = checkMove(record.status, input.to, present, {
      transfer: latest ? { kind: latest.kind, outcome: latest.outcome } : null,
      transferKind: input.transfer?.kind ?? null,
      openPause: loaded.pauses.some((p) => p.endsOn == null),
    });
    if (problem) throw userInputError(problem.message, problem.field);
    const move = findMove(record.status, input.to)!;
    const on = notAfterToday(localDate(input.on, 'on', '日期'), today, 'on', '日期');
    notBefore(on, currentStepDate(record, transfers), 'on', `「${move.label}」日期`, '上一环节日期');
    const reason = optionalText(input.reason, 'reason', '理由', 1000);
    let penalty = loaded.penalty;
    let transfer: Transfer | null = null;

    switch (input.to) {
      case CaseStatus.FILED: {
        const officers = await checkInspectors(ctx, input.officerIds, 'officerIds', '办案人员');
        if (input.violations?.length) record.violationList = violationsOf(input.violations).join(',');
        record.officerIdList = officers.map((o) => o.id).join(',');
        if (input.legalBasis?.trim()) record.legalBasis = optionalText(input.legalBasis, 'legalBasis', '法律依据', 500);
        record.number = await nextNumber(ctx, CASE_NUMBER_PREFIX, Number(on.slice(0, 4)), 'number');
        record.filedOn = on;
        break;
      }
      case CaseStatus.INVESTIGATING:
        record.investigatedOn = on;
        if (record.status === CaseStatus.TRANSFERRED) record.closingNote = reason;
        break;
      case CaseStatus.NOTIFIED:
        if (input.legalBasis?.trim()) record.legalBasis = optionalText(input.legalBasis, 'legalBasis', '法律依据', 500);
        record.notifiedOn = on;
        break;
      case CaseStatus.DECIDED: {
        const values = checkPenalty(input.penalty!);
        penalty = ctx.em.create(Penalty, {
          id: randomUUID(),
          caseFile: record,
          decisionNumber: await nextNumber(ctx, DECISION_NUMBER_PREFIX, Number(on.slice(0, 4)), 'decisionNumber'),
          kindList: values.kinds.join(','),
          fine: values.fine,
          confiscatedGains: values.confiscatedGains,
        });
        record.decidedOn = on;
        break;
      }
      case CaseStatus.EXECUTING:
        record.servedOn = on;
        break;
      case CaseStatus.CLOSED:
      case CaseStatus.NOT_FILED:
        record.closedOn = on;
        record.closingNote = reason ?? (input.to === CaseStatus.CLOSED ? '执行完毕,结案' : null);
        break;
      case CaseStatus.TRANSFERRED: {
        const { reason: why } = checkTransfer(input.transfer!);
        transfer = ctx.em.create(Transfer, {
          id: randomUUID(),
          caseFile: record,
          department: input.transfer!.department,
          kind: input.transfer!.kind,
          transferredOn: on,
          reason: why,
          copiedToProcuratorate: Boolean(input.transfer!.copiedToProcuratorate),
        });
        recordChange(ctx, {
          type: HistoryRecordType.TRANSFER,
          recordId: transfer.id,
          caseId: record.id,
          action: `移送${LABELS.PartnerDepartment[transfer.department]}`,
          before: null,
          after: transferSnapshot(transfer),
        });
        if (input.transfer!.handOverSeizedItems) await handOver(ctx, record, transfer, on);
        break;
      }
    }
    record.status = input.to;
    await recordCase(ctx, loaded, move.label, loaded.pauses, penalty);
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Case, { description: '开始不计入办案期限的期间(检测检验、鉴定、听证、公告)' })
  async pauseCaseClock(@Arg('input', () => CasePauseInput) input: CasePauseInput, @Ctx() ctx: Context) {
    writing(ctx);
    const loaded = await loadCaseForWrite(ctx, input.caseId, input.version);
    const { record, pauses } = loaded;
    const { today } = await clockContext(ctx);
    if (![CaseStatus.CLUE, CaseStatus.FILED, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED].includes(record.status))
      throw userInputError(`案件当前为「${LABELS.CaseStatus[record.status]}」,无需暂停计时`, 'caseId');
    if (pauses.some((p) => p.endsOn == null)) throw userInputError('已有进行中的暂停,请先结束', 'startsOn');
    const startsOn = notAfterToday(localDate(input.startsOn, 'startsOn', '开始日期'), today, 'startsOn', '开始日期');
    notBefore(startsOn, record.filedOn ?? record.receivedOn, 'startsOn', '开始日期', '起算日期');
    const last = pauses.at(-1);
    if (last?.endsOn && startsOn <= last.endsOn) throw userInputError(`与上一次暂停(至${last.endsOn})重叠`, 'startsOn');
    const pause = ctx.em.create(CasePause, {
      id: randomUUID(),
      caseFile: record,
      kind: input.kind,
      startsOn,
      reason: requiredText(input.reason, 'reason', '事由', 300),
    });
    await recordCase(ctx, loaded, `暂停计时(${LABELS.PauseKind[input.kind]})`, [...pauses, pause]);
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Case, { description: '结束不计入办案期限的期间' })
  async resumeCaseClock(@Arg('input', () => CaseResumeInput) input: CaseResumeInput, @Ctx() ctx: Context) {
    writing(ctx);
    const loaded = await loadCaseForWrite(ctx, input.caseId, input.version);
    const open = loaded.pauses.find((p) => p.endsOn == null);
    if (!open) throw userInputError('没有进行中的暂停', 'caseId');
    const { today } = await clockContext(ctx);
    const endsOn = notAfterToday(localDate(input.endsOn, 'endsOn', '结束日期'), today, 'endsOn', '结束日期');
    notBefore(endsOn, open.startsOn, 'endsOn', '结束日期', '开始日期');
    open.endsOn = endsOn;
    await recordCase(ctx, loaded, `恢复计时(${LABELS.PauseKind[open.kind]})`);
    await ctx.em.flush();
    return loaded.record;
  }

  @Mutation(() => Case, { description: '经负责人批准延长立案期限或处罚决定期限(各一次)' })
  async extendCaseClock(@Arg('input', () => CaseExtensionInput) input: CaseExtensionInput, @Ctx() ctx: Context) {
    writing(ctx);
    const loaded = await loadCaseForWrite(ctx, input.caseId, input.version);
    const { record } = loaded;
    if (input.clock === CaseClockKind.FILING) {
      if (record.status !== CaseStatus.CLUE) throw userInputError('只有尚未立案的线索可以延长立案期限', 'clock');
      if (record.filingExtended) throw userInputError('立案期限已延长过', 'clock');
      record.filingExtended = true;
    } else {
      if (![CaseStatus.FILED, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED].includes(record.status))
        throw userInputError('只有已立案、尚未作出决定的案件可以延长办案期限', 'clock');
      if (record.decisionExtended) throw userInputError('办案期限已延长过', 'clock');
      record.decisionExtended = true;
    }
    await recordCase(ctx, loaded, input.clock === CaseClockKind.FILING ? '延长立案期限' : '延长办案期限');
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Case, { description: '登记罚没款缴纳、处罚信息公示' })
  async updatePenaltyProgress(
    @Arg('input', () => PenaltyProgressInput) input: PenaltyProgressInput,
    @Ctx() ctx: Context,
  ) {
    writing(ctx);
    const loaded = await loadCaseForWrite(ctx, input.caseId, input.version);
    const { penalty, record } = loaded;
    if (!penalty) throw userInputError('案件尚未作出处罚决定', 'caseId');
    const { today } = await clockContext(ctx);
    for (const [field, label] of [
      ['paidOn', '缴纳日期'],
      ['publishedOn', '公示日期'],
    ] as const) {
      const value = input[field];
      if (value == null) continue;
      const on = notAfterToday(localDate(value, field, label), today, field, label);
      notBefore(on, record.decidedOn, field, label, '决定日期');
      penalty[field] = on;
    }
    await recordCase(ctx, loaded, '登记处罚执行情况');
    await ctx.em.flush();
    return record;
  }
}

/** Seized goods go with a case transferred to the police: custody passes to the receiving department. */
async function handOver(ctx: Context, record: Case, transfer: Transfer, on: string) {
  const items = await ctx.em.find(SeizedItem, {
    caseFile: record,
    status: { $in: [SeizedItemStatus.SEIZED, SeizedItemStatus.SEALED] },
  });
  for (const item of items) {
    const before = seizedItemSnapshot(item);
    item.status = SeizedItemStatus.HANDED_OVER;
    item.custodian = LABELS.PartnerDepartment[transfer.department];
    item.releasedOn = on;
    recordChange(ctx, {
      type: HistoryRecordType.SEIZED_ITEM,
      recordId: item.id,
      caseId: record.id,
      action: '随案移交',
      before,
      after: seizedItemSnapshot(item),
    });
  }
}
