import { Property } from '@mikro-orm/core';
import { Tally, TallyTable } from '@shian/subgraph-kit';

/**
 * The year's enforcement figures kept as cases change (docs/benchmarks.md "Data scale"): for each township and year,
 * per axis and value, what the work report counts of the cases. Axes: `source`, `status` and `month` of the cases
 * filed in the year, `received` (clues received in it: value ''), `penalty` (penalties decided in it: value '', with
 * the fines and confiscated gains in fen), `transfer` (transfers sent in it, by the case's township: value the
 * receiving department) and `criminal` (the criminal ones among them: value ''). Written only by the database's
 * triggers on `case_file`, `penalty` and `transfer` (migrations `case_tally`, `transfer_tally`), inside the
 * transaction of the write that moves it; never by this code.
 */
@TallyTable('case_tally')
export class CaseTally extends Tally({ axis: 20, value: 20 }) {
  /** Fines in fen (分): whole numbers add and subtract exactly. */
  @Property({ type: 'bigint' })
  fineFen!: string;

  @Property({ type: 'bigint' })
  gainsFen!: string;
}
