import { Migration } from '@mikro-orm/migrations';
import { FILL_TALLY, LATEST_GRADE, PLACE } from '../sqlite/Migration20261206190000_grading_tally';

/**
 * The work report's risk-grading figures kept as records change (entities GradingYear, GradingTally): per business and
 * year, how many of its licences are in force in the year, how many assessments it has of the year and the grade of
 * the latest; from those rows, per year and township, how many businesses of each category are licensed, licensed and
 * graded, and of each grade. Triggers on license, risk_assessment and entity move both inside the writing transaction,
 * so every write path counts (mutations, seeds, imports, raw SQL) and a failed write moves nothing. The tables are
 * filled from the records already there.
 *
 * Counts move by increments, never by recounting, so that concurrent writers lose nothing: the upsert locks the
 * business-year's row until commit. The latest grade is chosen again after that upsert, in a statement of its own
 * (a fresh snapshot under read committed), so a concurrent assessment of the same business-year, which waits on
 * that lock, is either seen or chooses again after this one commits.
 */
const yearOf = (date: string) => `substr(${date}, 1, 4)::integer`;
/** The calendar years a licence row is in force in, as a set-returning `y (year)`. */
const yearsOf = (r: string) =>
  `generate_series(${yearOf(`${r}.issued_on`)}, ${yearOf(`${r}.valid_until`)}) as y (year)`;

/**
 * The business is read FOR SHARE first: a concurrent change of its township or category (which moves its rows, see
 * grading_entity_move) cannot see a row this transaction adds until commit, so one of the two waits for the other.
 */
const bump = (column: 'licenses' | 'assessments', r: 'new' | 'old', years: string, sign: 1 | -1) =>
  `perform 1 from entity where id = ${r}.entity_id for share;
   insert into grading_year (entity_id, year, township_id, category, licenses, assessments, grade)
   select e.id, y.year, e.township_id, e.category, ${column === 'licenses' ? sign : 0}, ${column === 'assessments' ? sign : 0}, null
   from entity e, ${years} where e.id = ${r}.entity_id
   on conflict (entity_id, year) do update set ${column} = grading_year.${column} + excluded.${column};`;

const assessment = (r: 'new' | 'old', sign: 1 | -1) =>
  `${bump('assessments', r, `(select ${r}.year as year) as y`, sign)}
   update grading_year set grade = ${LATEST_GRADE} where entity_id = ${r}.entity_id and year = ${r}.year;`;

const move = (r: 'new' | 'old', sign: 1 | -1) =>
  `insert into grading_tally (year, township_id, axis, value, n)
   select ${r}.year, ${r}.township_id, a.axis, a.value, ${sign}
   from (values ('licensed', case when ${r}.licenses > 0 then ${r}.category end),
     ('graded', case when ${r}.licenses > 0 and ${r}.assessments > 0 then ${r}.category end),
     ('grade', ${r}.grade)) a (axis, value)
   where a.value is not null
   on conflict (year, township_id, axis, value) do update set n = grading_tally.n + excluded.n;`;

/** A trigger function that takes the old row away and adds the new one, skipping updates that change nothing. */
const mover = (name: string, unchanged: string[], out: string, into: string) =>
  `create function ${name}() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and (${unchanged.map((c) => `old.${c}`).join(', ')})
        is not distinct from (${unchanged.map((c) => `new.${c}`).join(', ')}) then
        return null;
      end if;
      if tg_op in ('UPDATE', 'DELETE') then ${out} end if;
      if tg_op in ('UPDATE', 'INSERT') then ${into} end if;
      return null;
    end $$;`;
const ASSESSMENT = ['id', 'entity_id', 'year', 'grade', 'assessed_on', 'created_at'];
const LICENSE = ['entity_id', 'issued_on', 'valid_until'];

export class Migration20261206190001_grading_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "grading_year" ("entity_id" varchar(36) not null, "year" int not null, "township_id" varchar(12) not null, "category" text not null, "licenses" int not null, "assessments" int not null, "grade" text null, constraint "grading_year_pkey" primary key ("entity_id", "year"));',
    );
    this.addSql(
      'create table "grading_tally" ("year" int not null, "township_id" varchar(12) not null, "axis" varchar(10) not null, "value" varchar(20) not null, "n" int not null, constraint "grading_tally_pkey" primary key ("year", "township_id", "axis", "value"));',
    );
    this.addSql(`insert into grading_year (entity_id, year, township_id, category, licenses, assessments, grade)
      select e.id, c.year, e.township_id, e.category, sum(c.licenses), sum(c.assessments), null
      from (select l.entity_id, y.year, 1 as licenses, 0 as assessments
              from license l cross join lateral ${yearsOf('l')}
            union all select r.entity_id, r.year, 0, 1 from risk_assessment r) c
      join entity e on e.id = c.entity_id group by e.id, c.year;`);
    this.addSql(`update grading_year set grade = ${LATEST_GRADE} where assessments > 0;`);
    this.addSql(FILL_TALLY);

    this.addSql(mover('grading_tally_move', PLACE, move('old', -1), move('new', 1)));
    this.addSql(`create trigger grading_tally_move after insert or delete or update on grading_year
      for each row execute function grading_tally_move();`);
    this.addSql(
      mover(
        'grading_license_move',
        LICENSE,
        bump('licenses', 'old', yearsOf('old'), -1),
        bump('licenses', 'new', yearsOf('new'), 1),
      ),
    );
    this.addSql(`create trigger grading_license_move after insert or delete or update of ${LICENSE.join(', ')} on license
      for each row execute function grading_license_move();`);
    this.addSql(mover('grading_assessment_move', ASSESSMENT, assessment('old', -1), assessment('new', 1)));
    this.addSql(`create trigger grading_assessment_move after insert or delete or update of ${ASSESSMENT.join(', ')}
      on risk_assessment for each row execute function grading_assessment_move();`);

    // A business that moves township or category takes its years with it; one deleted takes them away.
    this.addSql(
      mover(
        'grading_entity_move',
        ['township_id', 'category'],
        "if tg_op = 'DELETE' then delete from grading_year where entity_id = old.id; end if;",
        'update grading_year set township_id = new.township_id, category = new.category where entity_id = new.id;',
      ),
    );
    this.addSql(`create trigger grading_entity_move after delete or update of township_id, category on entity
      for each row execute function grading_entity_move();`);
  }

  override async down(): Promise<void> {
    for (const [table, name] of [
      ['entity', 'grading_entity_move'],
      ['risk_assessment', 'grading_assessment_move'],
      ['license', 'grading_license_move'],
      ['grading_year', 'grading_tally_move'],
    ]) {
      this.addSql(`drop trigger if exists ${name} on ${table};`);
      this.addSql(`drop function if exists ${name}();`);
    }
    this.addSql('drop table if exists "grading_tally" cascade;');
    this.addSql('drop table if exists "grading_year" cascade;');
  }
}
