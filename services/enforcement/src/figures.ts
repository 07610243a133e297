import { aggregateRow, type Context, countsByKey, monthlySums, townshipScope, yearSpan } from '@shian/subgraph-kit';
import { CaseSource, CaseStatus, PartnerDepartment } from './rules/enums';

/**
 * The year's enforcement figures (docs/domain.md#the-2024-figures: 119 cases filed, 4 transferred for prosecution, 12
 * rectifications), aggregated by the database: a handful of statements whatever the number of records. A township
 * officer's figures are their township's; campaigns, draws and joint operations are the district's.
 */
export async function enforcementFigures(ctx: Context, year: number) {
  const { from, to } = yearSpan(year);
  const { em } = ctx;
  const township = townshipScope(ctx);
  const scoped = (alias: string) => (township ? ` and ${alias}.township_id = ?` : '');
  const scope = township ? [township] : [];
  const filedMonths = monthlySums(em, { column: 'c.filed_on', year, as: 'filed' });
  const inspectionMonths = monthlySums(em, { column: 'i.inspected_on', year, as: 'inspected' });
  const [cases, bySource, byStatus, transfers, byDepartment, campaigns, inspections, draws, operations, penalties] =
    await Promise.all([
      aggregateRow(
        em,
        `select count(*) as "n", ${filedMonths.select} from case_file c where c.filed_on between ? and ?${scoped('c')}`,
        [...filedMonths.params, from, to, ...scope],
      ),
      countsByKey(
        em,
        `select c.source as "key", count(*) as "n" from case_file c where c.filed_on between ? and ?${scoped('c')} group by c.source`,
        [from, to, ...scope],
      ),
      countsByKey(
        em,
        `select c.status as "key", count(*) as "n" from case_file c where c.filed_on between ? and ?${scoped('c')} group by c.status`,
        [from, to, ...scope],
      ),
      aggregateRow(
        em,
        `select coalesce(sum(case when t.kind = 'CRIMINAL' then 1 else 0 end), 0) as "criminal",
           (select count(*) from case_file c2 where c2.received_on between ? and ?${scoped('c2')}) as "clues"
         from transfer t join case_file c on c.id = t.case_file_id where t.transferred_on between ? and ?${scoped('c')}`,
        [from, to, ...scope, from, to, ...scope],
      ),
      countsByKey(
        em,
        `select t.department as "key", count(*) as "n" from transfer t join case_file c on c.id = t.case_file_id
         where t.transferred_on between ? and ?${scoped('c')} group by t.department`,
        [from, to, ...scope],
      ),
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
      aggregateRow(
        em,
        `select count(*) as "n", coalesce(sum(p.fine), 0) as "fines", coalesce(sum(p.confiscated_gains), 0) as "gains"
         from penalty p join case_file c on c.id = p.case_file_id where c.decided_on between ? and ?${scoped('c')}`,
        [from, to, ...scope],
      ),
    ]);
  const filed = filedMonths.read(cases);
  const inspected = inspectionMonths.read(inspections);
  return {
    casesFiled: cases.n ?? 0,
    casesTransferred: transfers.criminal ?? 0,
    rectifications: campaigns.rectifications ?? 0,
    campaigns: campaigns.campaigns ?? 0,
    cluesReceived: transfers.clues ?? 0,
    inspections: inspections.n ?? 0,
    randomDraws: draws.n ?? 0,
    drawnEntities: draws.drawn ?? 0,
    jointOperations: operations.n ?? 0,
    penalties: penalties.n ?? 0,
    fines: penalties.fines ?? 0,
    confiscatedGains: penalties.gains ?? 0,
    bySource: Object.values(CaseSource).map((source) => ({ source, count: bySource.get(source) ?? 0 })),
    byStatus: Object.values(CaseStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    transfersByDepartment: Object.values(PartnerDepartment).map((department) => ({
      department,
      count: byDepartment.get(department) ?? 0,
    })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      casesFiled: filed[i] ?? 0,
      inspections: inspected[i] ?? 0,
    })),
  };
}
