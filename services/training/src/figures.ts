import { aggregateRow, type Context, countsByKey, monthlySums, townshipScope } from '@shian/subgraph-kit';
import { TrainingAudience } from './entities';
import { yearSpan } from './validate';

/**
 * The year's training figures (docs/domain.md#the-2024-figures), aggregated by the database within the caller's scope:
 * a township officer gets the township's participants, batches and upgrades (sessions are the district's and count
 * for everyone). Seven statements whatever the year's size; a year without records answers zeros.
 */
export interface TrainingMonth {
  month: number;
  sessions: number;
  participants: number;
  assessmentBatches: number;
  workshopsUpgraded: number;
}

/** 执法人员专业化规范化培训: kept apart from the practitioners' figures, which they never enter. */
export interface OfficerFigures {
  sessions: number;
  officersTrained: number;
  attendances: number;
  hours: number;
}

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
  byMonth: TrainingMonth[];
  officers: OfficerFigures;
}

/** Sessions for businesses' practitioners: the figures of the work summary (13 sessions, 2,000 in 2024). */
const BUSINESS = (alias: string) => `${alias}.audience <> '${TrainingAudience.ENFORCEMENT_OFFICERS}'`;

export async function trainingFigures(ctx: Context, year: number): Promise<TrainingFigures> {
  const { from, to } = yearSpan(year);
  const scope = townshipScope(ctx);
  const scoped = (alias: string) => (scope === undefined ? '' : ` and ${alias}.township_id = ?`);
  const scopeParams = scope === undefined ? [] : [scope];
  const em = ctx.em;
  const sessionMonths = monthlySums(em, { column: 's.held_on', year, as: 'm' });
  const attendanceMonths = monthlySums(em, { column: 's.held_on', year, as: 'm' });
  const assessmentMonths = monthlySums(em, { column: 'a.assessed_on', year, as: 'm' });
  const upgradeMonths = monthlySums(em, { column: 'u.accepted_on', year, as: 'm' });
  // Officers' sign-ins are the district's records (no township among them): a township officer's scope holds none.
  const officerScope = scope === undefined ? '' : ' and 1 = 0';
  const [sessions, attendance, assessments, upgrades, sessionsBy, participantsBy, officers] = await Promise.all([
    aggregateRow(
      em,
      `select count(*) as "n", ${sessionMonths.select} from training_session s
         where s.held_on between ? and ? and ${BUSINESS('s')}`,
      [...sessionMonths.params, from, to],
    ),
    aggregateRow(
      em,
      `select count(*) as "n", ${attendanceMonths.select} from attendance a
         join training_session s on s.id = a.session_id where s.held_on between ? and ? and ${BUSINESS('s')}${scoped('a')}`,
      [...attendanceMonths.params, from, to, ...scopeParams],
    ),
    aggregateRow(
      em,
      `select count(*) as "n",
         sum(case when a.resit_of_id is null then 0 else 1 end) as "resits",
         sum(case when a.resit_of_id is null then a.assessed else 0 end) as "assessed",
         sum(case when a.resit_of_id is null then a.passed else 0 end) as "passed",
         ${assessmentMonths.select}
       from training_assessment a where a.assessed_on between ? and ?${scoped('a')}`,
      [...assessmentMonths.params, from, to, ...scopeParams],
    ),
    // An entity upgraded twice in a year is one workshop upgraded; the months count upgrades accepted.
    aggregateRow(
      em,
      `select count(distinct u.entity_id) as "n", ${upgradeMonths.select}
       from workshop_upgrade u where u.accepted_on between ? and ?${scoped('u')}`,
      [...upgradeMonths.params, from, to, ...scopeParams],
    ),
    countsByKey(
      em,
      `select s.audience as "key", count(*) as "n" from training_session s
         where s.held_on between ? and ? and ${BUSINESS('s')} group by s.audience`,
      [from, to],
    ),
    countsByKey(
      em,
      `select s.audience as "key", count(*) as "n" from attendance a join training_session s on s.id = a.session_id
         where s.held_on between ? and ? and ${BUSINESS('s')}${scoped('a')} group by s.audience`,
      [from, to, ...scopeParams],
    ),
    aggregateRow(
      em,
      `select
         (select count(*) from training_session s where s.held_on between ? and ? and not ${BUSINESS('s')}) as "sessions",
         count(distinct o.officer_id) as "officers", count(o.id) as "attendances", sum(o.hours) as "hours"
       from officer_attendance o join training_session s on s.id = o.session_id
       where s.held_on between ? and ?${officerScope}`,
      [from, to, from, to],
    ),
  ]);
  const months = {
    sessions: sessionMonths.read(sessions),
    participants: attendanceMonths.read(attendance),
    assessmentBatches: assessmentMonths.read(assessments),
    workshopsUpgraded: upgradeMonths.read(upgrades),
  };
  return {
    year,
    sessions: sessions.n ?? 0,
    participants: attendance.n ?? 0,
    assessmentBatches: assessments.n ?? 0,
    resitBatches: assessments.resits ?? 0,
    peopleAssessed: assessments.assessed ?? 0,
    peoplePassed: assessments.passed ?? 0,
    workshopsUpgraded: upgrades.n ?? 0,
    byAudience: Object.values(TrainingAudience)
      .filter((audience) => audience !== TrainingAudience.ENFORCEMENT_OFFICERS)
      .map((audience) => ({
        audience,
        sessions: sessionsBy.get(audience) ?? 0,
        participants: participantsBy.get(audience) ?? 0,
      }))
      .filter((row) => row.sessions > 0 || row.participants > 0),
    officers: {
      sessions: officers.sessions ?? 0,
      officersTrained: officers.officers ?? 0,
      attendances: officers.attendances ?? 0,
      hours: officers.hours ?? 0,
    },
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      sessions: months.sessions[i] ?? 0,
      participants: months.participants[i] ?? 0,
      assessmentBatches: months.assessmentBatches[i] ?? 0,
      workshopsUpgraded: months.workshopsUpgraded[i] ?? 0,
    })),
  };
}
