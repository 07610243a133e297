import { type Context, conflict, nextInSequence, notFound, requireWriter } from '@shian/subgraph-kit';
import { caseSnapshot } from './audit';
import { clockContext } from '@shian/subgraph-kit';
import { campaignById, inspectorsOf } from './data';
import { Case, CasePause, Penalty, Transfer } from './entities';
import { type CaseFacts, caseClocks, LABELS, type Snapshot } from './rules';
import { CaseStatus } from './rules/enums';

/**
 * What the case mutations share: loading a case for writing (scope, then the version the writer read), and the
 * snapshots the history compares.
 */

export interface CaseForWrite {
  record: Case;
  pauses: CasePause[];
  penalty: Penalty | null;
  transfers: Transfer[];
  before: Snapshot;
}

/**
 * The case to change, if the caller may write it and read the version it is writing over. A stale version is a
 * CONFLICT that names both versions; nothing is written, and the other person's change stays as it was.
 */
export async function loadCaseForWrite(ctx: Context, caseId: string, version: number): Promise<CaseForWrite> {
  requireWriter(ctx);
  const record = await ctx.em.findOne(Case, { id: caseId });
  if (!record) throw notFound('案件', caseId);
  requireWriter(ctx, record.townshipId);
  if (record.version !== version) {
    throw conflict(
      `案件已被他人修改(您修改的是第 ${version} 版,当前已是第 ${record.version} 版)。本次修改未保存,请刷新查看最新内容后重新提交。`,
    );
  }
  const [pauses, penalty, transfers] = await Promise.all([
    ctx.em.find(CasePause, { caseFile: record }, { orderBy: { startsOn: 'asc' } }),
    ctx.em.findOne(Penalty, { caseFile: record }),
    ctx.em.find(Transfer, { caseFile: record }, { orderBy: { transferredOn: 'asc', createdAt: 'asc' } }),
  ]);
  const before = await snapshotOf(ctx, record, pauses, penalty);
  return { record, pauses, penalty, transfers, before };
}

export const pauseText = (pause: Pick<CasePause, 'kind' | 'startsOn' | 'endsOn' | 'reason'>) =>
  `${LABELS.PauseKind[pause.kind]} ${pause.startsOn}至${pause.endsOn ?? '今'}(${pause.reason})`;

export const penaltyText = (
  penalty:
    | (Pick<Penalty, 'decisionNumber' | 'fine' | 'confiscatedGains' | 'paidOn' | 'publishedOn'> & {
        kinds: readonly string[];
      })
    | null,
) =>
  penalty
    ? [
        penalty.decisionNumber,
        penalty.kinds.map((kind) => LABELS.PenaltyKind[kind as keyof typeof LABELS.PenaltyKind]).join('、'),
        penalty.fine ? `罚款${penalty.fine}元` : null,
        penalty.confiscatedGains ? `没收违法所得${penalty.confiscatedGains}元` : null,
        penalty.paidOn ? `${penalty.paidOn}缴纳` : null,
        penalty.publishedOn ? `${penalty.publishedOn}公示` : null,
      ]
        .filter(Boolean)
        .join(',')
    : null;

export async function snapshotOf(ctx: Context, record: Case, pauses: readonly CasePause[], penalty: Penalty | null) {
  const [officers, campaign] = await Promise.all([
    inspectorsOf(ctx, record.officerIds),
    record.campaign ? campaignById(ctx).load(record.campaign.id) : null,
  ]);
  return caseSnapshot(record, {
    officers,
    campaign: campaign?.name ?? null,
    pauses: pauses.map(pauseText),
    penalty: penaltyText(penalty),
  });
}

/** A case's facts for its clocks. */
export function caseFacts(
  record: Case,
  pauses: readonly CasePause[],
  penalty: Penalty | null,
  transfers: readonly Transfer[],
): CaseFacts {
  return {
    status: record.status,
    receivedOn: record.receivedOn,
    filedOn: record.filedOn,
    decidedOn: record.decidedOn,
    servedOn: record.servedOn,
    closedOn: record.closedOn,
    transferredOn: transfers.at(-1)?.transferredOn ?? null,
    penaltyPublishedOn: penalty?.publishedOn ?? null,
    filingExtended: record.filingExtended,
    decisionExtended: record.decisionExtended,
    pauses: pauses.map((p) => ({ kind: p.kind, from: p.startsOn, to: p.endsOn, reason: p.reason })),
  };
}

export async function clocksOfCase(
  ctx: Context,
  record: Case,
  pauses: readonly CasePause[],
  penalty: Penalty | null,
  transfers: readonly Transfer[],
) {
  const { calendar, today } = await clockContext(ctx);
  return caseClocks(caseFacts(record, pauses, penalty, transfers), calendar, today);
}

/** The date of the step the case is in: a new step cannot be dated before it. */
export function currentStepDate(record: Case, transfers: readonly Transfer[]): string {
  const dates = [
    record.receivedOn,
    record.filedOn,
    record.investigatedOn,
    record.notifiedOn,
    record.decidedOn,
    record.servedOn,
    record.closedOn,
    transfers.at(-1)?.transferredOn ?? null,
  ].filter((d): d is string => Boolean(d));
  return dates.sort().at(-1)!;
}

export const isOpen = (status: CaseStatus) =>
  status !== CaseStatus.CLOSED && status !== CaseStatus.NOT_FILED && status !== CaseStatus.TRANSFERRED;

/**
 * The next number of a series for a year (`巴州市监罚立〔2024〕120号`), from the kit's counter for that series and
 * year, in the mutation's transaction: concurrent filings each get their own number (max+1 gave two writers the
 * same one, and the second a false 记录已存在). The counter starts after the highest number already issued.
 */
export async function nextNumber(ctx: Context, prefix: string, year: number, column: 'number' | 'decisionNumber') {
  const head = `${prefix}〔${year}〕`;
  const sequence = await nextInSequence(ctx.em, head, async () => {
    const rows =
      column === 'number'
        ? (await ctx.em.find(Case, { number: { $like: `${head}%` } }, { fields: ['number'] })).map((c) => c.number)
        : (await ctx.em.find(Penalty, { decisionNumber: { $like: `${head}%` } }, { fields: ['decisionNumber'] })).map(
            (p) => p.decisionNumber,
          );
    return Math.max(0, ...rows.map((n) => Number(/〕(\d+)号$/.exec(n ?? '')?.[1] ?? 0)));
  });
  return `${head}${sequence}号`;
}

export const CASE_NUMBER_PREFIX = '巴州市监罚立';
export const DECISION_NUMBER_PREFIX = '巴州市监罚';
