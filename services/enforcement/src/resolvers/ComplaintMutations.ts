import { randomUUID } from 'node:crypto';
import {
  type Context,
  checkVersion,
  entityRecord,
  inScope,
  localDate,
  nextInSequence,
  notAfterToday,
  notBefore,
  notFound,
  optionalText,
  requiredText,
  requireWriter,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { recordChange } from '../audit';
import { snapshotOf } from '../cases';
import { clockContext } from '@shian/subgraph-kit';
import {
  Case,
  CaseSource,
  Complaint,
  ComplaintKind,
  ComplaintStatus,
  ComplaintStep,
  HistoryRecordType,
} from '../entities';
import {
  COMPLAINT_LABELS,
  type ComplaintMoveField,
  checkComplaintMove,
  complaintOutcome,
  DECIDING_STATUSES,
  findComplaintMove,
  isIdNumber,
  isPhone,
} from '../rules/complaints';
import { unique } from '../validate';
import { writing } from '../writes';
import { requireComplaintReader } from './ComplaintAccess';
import {
  type ComplainantInput,
  ComplaintExtensionInput,
  ComplaintInput,
  ComplaintMoveInput,
  ComplaintUpdateInput,
} from './ComplaintInputs';

export const COMPLAINT_CODE_PREFIX = '巴州投诉举报';

/** `巴州投诉举报〔2024〕12号`: the year's series, from the kit's counter in the mutation's transaction. */
export async function nextComplaintCode(ctx: Context, year: number): Promise<string> {
  const head = `${COMPLAINT_CODE_PREFIX}〔${year}〕`;
  const sequence = await nextInSequence(ctx.em, head, async () => {
    const rows = await ctx.em.find(Complaint, { code: { $like: `${head}%` } }, { fields: ['code'] });
    return Math.max(0, ...rows.map((row) => Number(/〕(\d+)号$/.exec(row.code)?.[1] ?? 0)));
  });
  return `${head}${sequence}号`;
}

/** The complainant as the form gives it: a complaint names its complainant; a report may be anonymous. */
function complainantOf(kind: ComplaintKind, input: ComplainantInput | null | undefined) {
  const name = optionalText(input?.name, 'complainant.name', '投诉举报人姓名', 50);
  const phone = optionalText(input?.phone, 'complainant.phone', '联系电话', 30)?.replace(/\s+/g, '') ?? null;
  const idNumber = optionalText(input?.idNumber, 'complainant.idNumber', '身份证号码', 18)?.toUpperCase() ?? null;
  if (kind === ComplaintKind.COMPLAINT) {
    if (!name) throw userInputError('投诉须填写投诉人姓名(匿名的请按举报登记)', 'complainant.name');
    if (!phone) throw userInputError('投诉须填写投诉人联系电话', 'complainant.phone');
  }
  if (phone && !isPhone(phone)) throw userInputError(`联系电话格式不正确:${phone}`, 'complainant.phone');
  if (idNumber && !isIdNumber(idNumber))
    throw userInputError('身份证号码不正确(18位,出生日期或校验码有误)', 'complainant.idNumber');
  if (!name && (phone || idNumber)) throw userInputError('填写了联系方式或身份证号码的,须填写姓名', 'complainant.name');
  return { complainantName: name, complainantPhone: phone, complainantIdNumber: idNumber };
}

function addStep(ctx: Context, record: Complaint, action: string, doneOn: string, note: string | null = null) {
  ctx.em.create(ComplaintStep, {
    id: randomUUID(),
    complaint: record,
    action,
    status: record.status,
    doneOn,
    note,
    username: ctx.identity.username,
    actor: ctx.identity.name,
  });
}

/** The record to change: in the caller's township and at the version the writer read (stale → CONFLICT). */
async function loadForWrite(ctx: Context, id: string, version: number): Promise<Complaint> {
  requireComplaintReader(ctx);
  requireWriter(ctx);
  const record = await ctx.em.findOne(Complaint, { id });
  if (!record) throw notFound('投诉举报', id);
  requireWriter(ctx, record.townshipId);
  checkVersion(record, version, '投诉举报');
  return record;
}

/** The days a step is dated by: the latest one already recorded. */
const lastStepDate = (record: Complaint) =>
  [record.receivedOn, record.decidedOn, record.answeredOn]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)!;

/**
 * The complaints register's writes. Each checks scope and everything it was given before the first change, and
 * the kit commits each mutation (record, its step, a clue it opens, that clue's history) in one transaction.
 */
@Resolver(() => Complaint)
export class ComplaintMutationResolver {
  @Mutation(() => Complaint, { description: '登记投诉举报' })
  async createComplaint(@Arg('input', () => ComplaintInput) input: ComplaintInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireComplaintReader(ctx);
    requireWriter(ctx);
    const { today } = await clockContext(ctx);
    const entityId = requiredText(input.entityId, 'entityId', '被投诉举报主体', 36);
    // The handling township is the business's, as the register has it: never the form's.
    const party = await entityRecord(ctx, entityId, input.townshipId);
    requireWriter(ctx, party.townshipId);
    const receivedOn = notAfterToday(
      localDate(input.receivedOn, 'receivedOn', '收到日期'),
      today,
      'receivedOn',
      '收到日期',
    );
    const content = requiredText(input.content, 'content', '投诉举报内容', 4000);
    const person = complainantOf(input.kind, input.complainant);
    const record = ctx.em.create(Complaint, {
      id: randomUUID(),
      code: await nextComplaintCode(ctx, Number(receivedOn.slice(0, 4))),
      kind: input.kind,
      channel: input.channel,
      ...person,
      entityId,
      partyName: party.name,
      townshipId: party.townshipId,
      content,
      receivedOn,
    });
    addStep(ctx, record, `登记${COMPLAINT_LABELS.ComplaintKind[input.kind]}`, receivedOn);
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Complaint, { description: '修改投诉举报登记信息(提交读到的版本号;他人已修改则为 CONFLICT)' })
  async updateComplaint(@Arg('input', () => ComplaintUpdateInput) input: ComplaintUpdateInput, @Ctx() ctx: Context) {
    writing(ctx);
    const record = await loadForWrite(ctx, input.complaintId, input.version);
    if (record.status === ComplaintStatus.ANSWERED) throw userInputError('已答复办结的不能修改', 'complaintId');
    const { today } = await clockContext(ctx);
    const changed: string[] = [];
    if (input.channel != null && input.channel !== record.channel) {
      record.channel = input.channel;
      changed.push('渠道');
    }
    if (input.content != null) {
      const content = requiredText(input.content, 'content', '投诉举报内容', 4000);
      if (content !== record.content) changed.push('内容');
      record.content = content;
    }
    if (input.complainant !== undefined) {
      const person = complainantOf(record.kind, input.complainant);
      if (
        person.complainantName !== record.complainantName ||
        person.complainantPhone !== record.complainantPhone ||
        person.complainantIdNumber !== record.complainantIdNumber
      )
        changed.push('投诉举报人信息');
      Object.assign(record, person);
    }
    if (changed.length === 0) return record;
    record.updatedAt = new Date();
    // The step names what changed, never the personal data itself (the history is read masked or not at all).
    addStep(ctx, record, '修改登记信息', today, `修改了${changed.join('、')}`);
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Complaint, {
    description: '投诉举报办理(受理、不予受理、调解、转线索(立案)、答复),按流转表校验',
  })
  async moveComplaint(@Arg('input', () => ComplaintMoveInput) input: ComplaintMoveInput, @Ctx() ctx: Context) {
    writing(ctx);
    const record = await loadForWrite(ctx, input.complaintId, input.version);
    const { today } = await clockContext(ctx);
    const present = new Set<ComplaintMoveField>();
    if (input.reason?.trim()) present.add('reason');
    if (input.mediationResult) present.add('mediationResult');
    if (input.caseId?.trim() || input.caseTitle?.trim()) present.add('case');
    if (input.answer?.trim()) present.add('answer');
    const problem = checkComplaintMove(record.kind, record.status, input.to, present);
    if (problem) throw userInputError(problem.message, problem.field);
    const move = findComplaintMove(record.kind, record.status, input.to)!;
    const on = notAfterToday(localDate(input.on, 'on', '办理日期'), today, 'on', '办理日期');
    notBefore(on, lastStepDate(record), 'on', `「${move.label}」日期`, '上一环节日期');
    let note: string | null = null;

    switch (input.to) {
      case ComplaintStatus.REFUSED:
        record.refusedReason = requiredText(input.reason, 'reason', '不予受理理由', 1000);
        note = record.refusedReason;
        break;
      case ComplaintStatus.MEDIATED:
        record.mediationResult = input.mediationResult!;
        record.mediationNote = optionalText(input.mediationNote, 'mediationNote', '调解情况', 1000);
        note = [COMPLAINT_LABELS.MediationResult[record.mediationResult], record.mediationNote]
          .filter(Boolean)
          .join(':');
        break;
      case ComplaintStatus.REFERRED: {
        const linked = await referTo(ctx, record, input, on);
        record.caseId = linked.id;
        note = linked.number ? `案件 ${linked.number}` : `线索:${linked.title}`;
        break;
      }
      case ComplaintStatus.ANSWERED:
        record.answer = requiredText(input.answer, 'answer', '答复内容', 2000);
        record.answeredOn = on;
        note = record.answer;
        break;
    }
    if (DECIDING_STATUSES.has(input.to) && !record.decidedOn) record.decidedOn = on;
    record.status = input.to;
    record.outcome = complaintOutcome(record);
    record.updatedAt = new Date();
    addStep(ctx, record, move.label, on, note);
    await ctx.em.flush();
    return record;
  }

  @Mutation(() => Complaint, { description: '经负责人批准延长举报核查期限(一次,15个工作日)' })
  async extendComplaintClock(
    @Arg('input', () => ComplaintExtensionInput) input: ComplaintExtensionInput,
    @Ctx() ctx: Context,
  ) {
    writing(ctx);
    const record = await loadForWrite(ctx, input.complaintId, input.version);
    if (record.kind !== ComplaintKind.REPORT)
      throw userInputError('投诉的受理期限(7个工作日)不能延长;只有举报的核查期限可经批准延长', 'complaintId');
    if (record.status !== ComplaintStatus.RECEIVED)
      throw userInputError('已作出决定的举报无需延长核查期限', 'complaintId');
    if (record.extended) throw userInputError('核查期限已延长过', 'complaintId');
    const { today } = await clockContext(ctx);
    record.extended = true;
    record.updatedAt = new Date();
    addStep(ctx, record, '延长核查期限', today, '经批准延长15个工作日');
    await ctx.em.flush();
    return record;
  }
}

/**
 * The clue or case a complaint becomes: an existing one of the same business that the writer may write, or a new
 * clue (source 投诉举报) registered now, with its own history entry, in the same transaction.
 */
async function referTo(ctx: Context, record: Complaint, input: ComplaintMoveInput, on: string): Promise<Case> {
  const caseId = input.caseId?.trim();
  if (caseId) {
    const existing = await ctx.em.findOne(Case, { id: caseId });
    // Another township's case is answered like an unknown one, so a write cannot probe outside its scope.
    if (!existing || !inScope(ctx, existing.townshipId))
      throw userInputError(`案件(线索)不存在或不在您的辖区内:${caseId}`, 'caseId');
    if (existing.entityId !== record.entityId)
      throw userInputError('该案件(线索)的当事人不是被投诉举报的主体', 'caseId');
    return existing;
  }
  const title = requiredText(input.caseTitle, 'caseTitle', '线索案由');
  const clue = ctx.em.create(Case, {
    id: randomUUID(),
    title,
    source: CaseSource.COMPLAINT,
    entityId: record.entityId,
    partyName: record.partyName,
    townshipId: record.townshipId,
    receivedOn: on,
    description: `${record.code}:${record.content}`.slice(0, 4000),
    violationList: unique(input.violations).join(','),
  });
  recordChange(ctx, {
    type: HistoryRecordType.CASE,
    recordId: clue.id,
    caseId: clue.id,
    action: `登记线索(来自${record.code})`,
    before: null,
    after: await snapshotOf(ctx, clue, [], null),
  });
  return clue;
}
