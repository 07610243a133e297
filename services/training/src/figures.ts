import { type Context, townshipScope } from '@shian/subgraph-kit';
import { countsByKey } from './data';
import { Attendance, TrainingAssessment, TrainingAudience, TrainingSession } from './entities';
import { yearSpan } from './validate';

/**
 * The year's training figures (domain.md's acceptance table), counted from records within the caller's scope: a
 * township officer gets the township's participants, batches and upgrades (sessions are the district's and count for
 * everyone). A handful of statements whatever the year's size.
 */
export interface TrainingFigures {
  year: number;
  sessions: number;
  participants: number;
  assessmentBatches: number;
  resitBatches: number;
  peopleAssessed: number;
  peoplePassed: number;
  workshopsUpgraded: number;
  byAudience: { audience: TrainingAudience; sessions: number; participants: number }[];
}

export async function trainingFigures(ctx: Context, year: number): Promise<TrainingFigures> {
  const { from, to } = yearSpan(year);
  const scope = townshipScope(ctx);
  const inScope = scope === undefined ? {} : { townshipId: scope };
  const scopeSql = scope === undefined ? '' : ' and a.township_id = ?';
  const scopeParams = scope === undefined ? [] : [scope];
  const sessions = await ctx.em.count(TrainingSession, { heldOn: { $gte: from, $lte: to } });
  const participants = await ctx.em.count(Attendance, { session: { heldOn: { $gte: from, $lte: to } }, ...inScope });
  const batches = await ctx.em.count(TrainingAssessment, { assessedOn: { $gte: from, $lte: to }, ...inScope });
  const resits = await ctx.em.count(TrainingAssessment, {
    assessedOn: { $gte: from, $lte: to },
    resitOf: { $ne: null },
    ...inScope,
  });
  const totals = await countsByKey(
    ctx.em,
    `select 'assessed' as "key", coalesce(sum(a.assessed), 0) as "n" from training_assessment a
       where a.resit_of_id is null and a.assessed_on between ? and ?${scopeSql}
     union all
     select 'passed' as "key", coalesce(sum(a.passed), 0) as "n" from training_assessment a
       where a.resit_of_id is null and a.assessed_on between ? and ?${scopeSql}
     union all
     select 'upgraded' as "key", count(distinct a.entity_id) as "n" from workshop_upgrade a
       where a.accepted_on between ? and ?${scopeSql}`,
    [from, to, ...scopeParams, from, to, ...scopeParams, from, to, ...scopeParams],
  );
  const sessionsBy = await countsByKey(
    ctx.em,
    'select audience as "key", count(*) as "n" from training_session where held_on between ? and ? group by audience',
    [from, to],
  );
  const participantsBy = await countsByKey(
    ctx.em,
    `select s.audience as "key", count(*) as "n" from attendance a join training_session s on s.id = a.session_id
       where s.held_on between ? and ?${scopeSql} group by s.audience`,
    [from, to, ...scopeParams],
  );
  return {
    year,
    sessions,
    participants,
    assessmentBatches: batches,
    resitBatches: resits,
    peopleAssessed: totals.get('assessed') ?? 0,
    peoplePassed: totals.get('passed') ?? 0,
    workshopsUpgraded: totals.get('upgraded') ?? 0,
    byAudience: Object.values(TrainingAudience)
      .map((audience) => ({
        audience,
        sessions: sessionsBy.get(audience) ?? 0,
        participants: participantsBy.get(audience) ?? 0,
      }))
      .filter((row) => row.sessions > 0 || row.participants > 0),
  };
}
