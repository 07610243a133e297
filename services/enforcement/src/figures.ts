import { aggregateRow, type Context, monthlySums, townshipScope, yearSpan } from '@shian/subgraph-kit';
import { CaseSource, CaseStatus, PartnerDepartment } from './rules/enums';

interface TallyRow {
  axis: 'source' | 'status' | 'month' | 'received' | 'penalty' | 'transfer' | 'criminal';
  /** The axis's value: for `transfer` the receiving department; '' for `received`, `penalty` and `criminal`. */
  value: string;
  n: number | string;
  fine: number | string;
  gains: number | string;
}

/**
 * The year's enforcement figures (docs/domain.md#the-2024-figures: 119 cases filed, 4 transferred for prosecution, 12
 * rectifications), aggregated by the database: a handful of statements whatever the number of records. What counts
 * the cases (filed, by source, status and month; clues; penalties; transfers, by department and the criminal ones)
 * is read from `case_tally` (entity CaseTally), which the database's triggers keep as cases, penalties and transfers
 * change: a year's few dozen rows per township, however many cases it has. A township officer's figures are their
 * township's; campaigns, draws and joint operations are the district's.
 */
export async function enforcementFigures(ctx: Context, year: number) {
  const { from, to } = yearSpan(year);
  const { em } = ctx;
  const township = townshipScope(ctx);
  const scoped = (alias: string) => (township ? ` and ${alias}.township_id = ?` : '');
  const scope = township ? [township] : [];
  const inspectionMonths = monthlySums(em, { column: 'i.inspected_on', year, as: 'inspected' });
  const [tally, campaigns, inspections, draws, operations] = await Promise.all([
    em.getConnection().execute(
      `select t.axis as "axis", t.value as "value", sum(t.n) as "n", sum(t.fine_fen) as "fine",
           sum(t.gains_fen) as "gains"
         from case_tally t where t.year = ?${scoped('t')} group by t.axis, t.value having sum(t.n) <> 0`,
      [year, ...scope],
      'all',
    ) as Promise<TallyRow[]>,
    aggregateRow(
      em,
      `select coalesce(sum(case when kind = 'RECTIFICATION' then 1 else 0 end), 0) as "rectifications",
           coalesce(sum(case when kind = 'ENFORCEMENT' then 1 else 0 end), 0) as "campaigns"
         from campaign where year = ?`,
      [year],
    ),
    aggregateRow(
      em,
      `select count(*) as "n", ${inspectionMonths.select} from inspection i where i.inspected_on between ? and ?${scoped('i')}`,
      [...inspectionMonths.params, from, to, ...scope],
    ),
    aggregateRow(
      em,
      'select count(*) as "n", coalesce(sum(entity_count), 0) as "drawn" from random_draw where year = ?',
      [year],
    ),
    aggregateRow(em, 'select count(*) as "n" from joint_operation where starts_on between ? and ?', [from, to]),
  ]);
  const counts = (axis: TallyRow['axis']) =>
    new Map(tally.filter((row) => row.axis === axis).map((row) => [row.value, Number(row.n)]));
  const bySource = counts('source');
  const byStatus = counts('status');
  const filed = counts('month');
  const byDepartment = counts('transfer');
  const penalties = tally.find((row) => row.axis === 'penalty');
  const inspected = inspectionMonths.read(inspections);
  return {
    casesFiled: [...bySource.values()].reduce((sum, n) => sum + n, 0),
    casesTransferred: counts('criminal').get('') ?? 0,
    rectifications: campaigns.rectifications ?? 0,
    campaigns: campaigns.campaigns ?? 0,
    cluesReceived: counts('received').get('') ?? 0,
    inspections: inspections.n ?? 0,
    randomDraws: draws.n ?? 0,
    drawnEntities: draws.drawn ?? 0,
    jointOperations: operations.n ?? 0,
    penalties: Number(penalties?.n ?? 0),
    fines: Number(penalties?.fine ?? 0) / 100,
    confiscatedGains: Number(penalties?.gains ?? 0) / 100,
    bySource: Object.values(CaseSource).map((source) => ({ source, count: bySource.get(source) ?? 0 })),
    byStatus: Object.values(CaseStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    transfersByDepartment: Object.values(PartnerDepartment).map((department) => ({
      department,
      count: byDepartment.get(department) ?? 0,
    })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      casesFiled: filed.get(String(i + 1).padStart(2, '0')) ?? 0,
      inspections: inspected[i] ?? 0,
    })),
  };
}
