import { Property } from '@mikro-orm/core';
import { Tally, TallyTable } from '@shian/subgraph-kit';

/**
 * The year's sampling figures kept as samples change (docs/benchmarks.md "Data scale"): for each township and year,
 * per axis of the work report (category, month, plan, verdict, failure kind of the unqualified, each focus, any
 * focus) and value, the number of batches (`n`) and of unqualified ones (`bad`); axis `disposal` counts the completed
 * disposals in their sample's year and township (value '', and 'FILE_CASE' for those that filed a case; `bad` 0);
 * axis `status` is the samples list's count by status (src/sample-counts.ts), read by no figure.
 * Written only by the database's triggers on `sample` and `disposal` (migrations `sample_tally`, `disposal_tally`,
 * `sample_tally_status`), in the transaction of the write that moves it, so a failed write moves nothing; never by
 * this code. The figures read a year's few hundred rows here instead of counting its samples. A value is at most 36 long (a plan's id);
 * '' stands for "none" (no verdict yet) and for the one row of the `focus` axis.
 */
@TallyTable('sample_tally')
export class SampleTally extends Tally({ axis: 20, value: 36 }) {
  @Property({ type: 'integer' })
  bad!: number;
}
