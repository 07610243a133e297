import type { ClockState } from '@shian/clock';
import {
  type Context,
  clockContext,
  InboxItem,
  type InboxItemInput,
  InboxQueries,
  type InboxWindow,
  inboxItem,
  inboxWindow,
  isOpenClock,
  requireInboxReader,
  sortInboxItems,
  townshipScope,
} from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { caseScope, transferScope } from '../access';
import { caseFacts } from '../cases';
import { pausesByCase, penaltyByCase, transfersByCase } from '../data';
import {
  Case,
  type CasePause,
  Complaint,
  ComplaintKind,
  ComplaintStatus,
  Inspection,
  type Penalty,
  SeizedItem,
  Transfer,
} from '../entities';
import { caseClocks, inspectionClock, LABELS, OPEN_STATUSES, seizureClock, transferClock } from '../rules';
import { complaintClock } from '../rules/complaints';
import { complaintScope } from './ComplaintAccess';
import { inspectionWhere } from './Inspection';

/** The inbox (the kit's `InboxQueries`): its key is the look-ahead; enforcement adds `enforcement`. */
@Directive('@key(fields: "withinWorkingDays")')
@ObjectType({ description: '待办事项(各子图分别提供本领域部分)' })
export class Inbox {
  @Field(() => Int, { description: '提前提醒的工作日数' })
  withinWorkingDays!: number;
}

const DOMAIN = 'enforcement';
const caseLink = (caseId: string) => `/enforcement/cases/${caseId}`;
const caseName = (record: Pick<Case, 'number' | 'title'>) =>
  record.number ? `案件 ${record.number}` : `线索「${record.title}」`;

type Candidate = Omit<InboxItemInput, 'domain' | 'dueDate'>;

/** An item for a clock that is still open and has a deadline (a paused clock has none); null otherwise. */
function clockItem(clock: ClockState | null, candidate: Candidate, window: InboxWindow): InboxItem | null {
  if (!clock || !isOpenClock(clock.status) || !clock.deadline) return null;
  return inboxItem({ ...candidate, domain: DOMAIN, dueDate: clock.deadline }, window);
}

/**
 * Enforcement's part of the inbox: every clock this subgraph computes, through the same functions its fields use,
 * for the records of the caller's scope as its lists apply it — a case's filing, decision, service and publication
 * (`Case.clocks`), a transfer's answer (`Transfer.answerClock`), a seizure (`SeizedItem.clock`), a complaint's
 * acceptance or a report's filing (`Complaint.clock`), an inspection's publication (`Inspection.publicationClock`)
 * and its rectification deadline (`Inspection.rectificationOverdue`). Each register reads only the rows whose clock
 * can still be open, in SQL.
 */
@Resolver(() => Inbox)
export class InboxResolver extends InboxQueries(Inbox) {
  @FieldResolver(() => [InboxItem], {
    nullable: true,
    description:
      '执法办案:立案、处罚决定、送达、公示、移送答复、查封扣押、投诉受理与举报核查、检查结果公开及整改期限等未完成时限(本人辖区内)',
  })
  async enforcement(@Root() inbox: Inbox, @Ctx() ctx: Context): Promise<InboxItem[]> {
    requireInboxReader(ctx);
    const { calendar, today } = await clockContext(ctx);
    const window = inboxWindow(inbox.withinWorkingDays, calendar, today);
    const parts = await Promise.all([
      caseItems(ctx, window),
      transferItems(ctx, window),
      seizureItems(ctx, window),
      complaintItems(ctx, window),
      inspectionItems(ctx, window),
    ]);
    return sortInboxItems(parts.flat());
  }
}

/** The open cases (the same statuses `cases(filter: { overdue })` reads) with their pauses, penalty and transfers. */
async function caseItems(ctx: Context, window: InboxWindow): Promise<(InboxItem | null)[]> {
  const { calendar, today } = await clockContext(ctx);
  const open = await ctx.em.find(Case, { $and: [await caseScope(ctx), { status: { $in: OPEN_STATUSES } }] });
  const ids = open.map((record) => record.id);
  const [pauses, penalties, transfers] = await Promise.all([
    pausesByCase(ctx).loadMany(ids),
    penaltyByCase(ctx).loadMany(ids),
    transfersByCase(ctx).loadMany(ids),
  ]);
  return open.flatMap((record, i) =>
    caseClocks(
      caseFacts(record, pauses[i] as CasePause[], penalties[i] as Penalty | null, transfers[i] as Transfer[]),
      calendar,
      today,
    ).map((clock) =>
      clockItem(
        clock,
        {
          kind: clock.rule.code,
          title: `${caseName(record)}:${clock.rule.name}`,
          recordId: record.id,
          recordCode: record.number,
          townshipId: record.townshipId,
          link: caseLink(record.id),
        },
        window,
      ),
    ),
  );
}

/** Transfers received by the other department and not yet answered: the 3 days it has to decide. */
async function transferItems(ctx: Context, window: InboxWindow): Promise<(InboxItem | null)[]> {
  const { calendar, today } = await clockContext(ctx);
  const waiting = await ctx.em.find(
    Transfer,
    { $and: [transferScope(ctx), { receivedOn: { $ne: null }, answeredOn: null }] },
    { populate: ['caseFile'] },
  );
  return waiting.map((transfer) => {
    const clock = transferClock(transfer.receivedOn, transfer.answeredOn, calendar, today);
    return clockItem(
      clock,
      {
        kind: clock?.rule.code ?? 'TRANSFER_ANSWER',
        title: `${caseName(transfer.caseFile)}移送${LABELS.PartnerDepartment[transfer.department]}:${clock?.rule.name}`,
        recordId: transfer.id,
        recordCode: transfer.caseFile.number,
        townshipId: transfer.caseFile.townshipId,
        link: caseLink(transfer.caseFile.id),
      },
      window,
    );
  });
}

/** Goods still seized or sealed (not released): the seizure's 30 days, or 60 once extended. */
async function seizureItems(ctx: Context, window: InboxWindow): Promise<(InboxItem | null)[]> {
  const { calendar, today } = await clockContext(ctx);
  // The register's own scope (`seizedItems`): the case's township.
  const township = townshipScope(ctx);
  const held = await ctx.em.find(
    SeizedItem,
    { releasedOn: null, ...(township ? { caseFile: { townshipId: township } } : {}) },
    { populate: ['caseFile'] },
  );
  return held.map((item) => {
    const clock = seizureClock(item.seizedOn, item.releasedOn, item.extended, calendar, today);
    return clockItem(
      clock,
      {
        kind: clock.rule.code,
        title: `${caseName(item.caseFile)}涉案财物「${item.name}」:${clock.rule.name}`,
        recordId: item.id,
        recordCode: item.caseFile.number,
        townshipId: item.caseFile.townshipId,
        link: caseLink(item.caseFile.id),
      },
      window,
    );
  });
}

/**
 * Complaints and reports not yet decided (the only status their clock runs in, as `complaints(filter: { overdue })`
 * reads them). There is no page of one complaint: the link opens the register searched by its number.
 */
async function complaintItems(ctx: Context, window: InboxWindow): Promise<(InboxItem | null)[]> {
  const { calendar, today } = await clockContext(ctx);
  const waiting = await ctx.em.find(Complaint, { $and: [complaintScope(ctx), { status: ComplaintStatus.RECEIVED }] });
  return waiting.map((record) => {
    const clock = complaintClock(
      { kind: record.kind, receivedOn: record.receivedOn, decidedOn: record.decidedOn, extended: record.extended },
      calendar,
      today,
    );
    const complaint = record.kind === ComplaintKind.COMPLAINT;
    return clockItem(
      clock,
      {
        kind: complaint ? 'COMPLAINT_ACCEPTANCE' : 'REPORT_FILING',
        title: `${complaint ? '投诉' : '举报'} ${record.code}:${clock.rule.name}`,
        recordId: record.id,
        recordCode: record.code,
        townshipId: record.townshipId,
        link: `/enforcement/complaints?search=${encodeURIComponent(record.code)}`,
      },
      window,
    );
  });
}

/**
 * Inspections whose result is not yet published, and those with a rectification deadline not yet rectified (a
 * plain date the inspector set, not a statutory period: overdue the day after it, as `rectificationOverdue` says).
 * The register has no page of one inspection; the link opens the register.
 */
async function inspectionItems(ctx: Context, window: InboxWindow): Promise<(InboxItem | null)[]> {
  const { calendar, today } = await clockContext(ctx);
  const pending = await ctx.em.find(Inspection, {
    $and: [
      inspectionWhere(ctx, null, today),
      { $or: [{ publishedOn: null }, { rectificationDeadline: { $ne: null }, rectifiedOn: null }] },
    ],
  });
  return pending.flatMap((inspection) => {
    const name = `监督检查(${inspection.inspectedOn},主体 ${inspection.entityId})`;
    const base = {
      recordId: inspection.id,
      recordCode: null,
      townshipId: inspection.townshipId,
      link: '/enforcement/inspections',
    };
    const clock = inspectionClock(inspection.inspectedOn, inspection.publishedOn, calendar, today);
    const items = [clockItem(clock, { ...base, kind: clock.rule.code, title: `${name}:${clock.rule.name}` }, window)];
    if (inspection.rectificationDeadline && !inspection.rectifiedOn) {
      items.push(
        inboxItem(
          {
            ...base,
            domain: DOMAIN,
            kind: 'INSPECTION_RECTIFICATION',
            title: `${name}:整改期限`,
            dueDate: inspection.rectificationDeadline,
          },
          window,
        ),
      );
    }
    return items;
  });
}
