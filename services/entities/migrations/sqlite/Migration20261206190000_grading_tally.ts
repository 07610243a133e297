import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's risk-grading figures kept as records change (entities GradingYear, GradingTally): per business and
 * year, how many of its licences are in force in the year, how many assessments it has of the year and the grade of
 * the latest; from those rows, per year and township, how many businesses of each category are licensed, licensed and
 * graded, and of each grade. Triggers on license, risk_assessment and entity move both inside the writing transaction,
 * so every write path counts (mutations, seeds, imports, raw SQL) and a failed write moves nothing. The tables are
 * filled from the records already there. A later migration that rebuilds one of these tables (MikroORM's SQLite differ
 * does: copy, drop, rename) drops its triggers with it and must create them again; test/grading-tally.test.ts fails.
 *
 * SQLite's triggers cannot use WITH, so a licence's years come from four joined digit lists (up to 9,999 years, any
 * four-digit date), each level cut as soon as it passes the licence's span so that a five-year licence visits a few
 * dozen combinations.
 */
const DIGIT = `(select 0 as n${Array.from({ length: 9 }, (_, i) => ` union all select ${i + 1}`).join('')})`;
const yearOf = (date: string) => `cast(substr(${date}, 1, 4) as integer)`;
/** The calendar years a licence row (`new`/`old`) is in force in, as a subquery of `year`. */
const yearsOf = (r: 'new' | 'old') => {
  const span = `(${yearOf(`${r}.valid_until`)} - ${yearOf(`${r}.issued_on`)})`;
  return `(select ${yearOf(`${r}.issued_on`)} + d3.n * 1000 + d2.n * 100 + d1.n * 10 + d0.n as year
    from ${DIGIT} d3, ${DIGIT} d2, ${DIGIT} d1, ${DIGIT} d0
    where d3.n * 1000 <= ${span} and d3.n * 1000 + d2.n * 100 <= ${span}
      and d3.n * 1000 + d2.n * 100 + d1.n * 10 <= ${span} and d3.n * 1000 + d2.n * 100 + d1.n * 10 + d0.n <= ${span})`;
};

/** Adds a row's count to its business's years (sign 1) or takes it away (-1); the business's row made if new. */
const bump = (column: 'licenses' | 'assessments', r: 'new' | 'old', years: string, sign: 1 | -1) =>
  `insert into grading_year (entity_id, year, township_id, category, licenses, assessments, grade)
   select e.id, y.year, e.township_id, e.category, ${column === 'licenses' ? sign : 0}, ${column === 'assessments' ? sign : 0}, null
   from entity e, ${years} y where e.id = ${r}.entity_id
   on conflict (entity_id, year) do update set ${column} = grading_year.${column} + excluded.${column};`;

/** The grade of the business's latest assessment of the year, as the figures have always chosen it (both dialects). */
export const LATEST_GRADE = `(select r.grade from risk_assessment r where r.entity_id = grading_year.entity_id
  and r.year = grading_year.year order by r.assessed_on desc, r.created_at desc, r.id desc limit 1)`;
const assessment = (r: 'new' | 'old', sign: 1 | -1) =>
  `${bump('assessments', r, `(select ${r}.year as year)`, sign)}
   update grading_year set grade = ${LATEST_GRADE} where entity_id = ${r}.entity_id and year = ${r}.year;`;

/** A business-year's place in the tally: licensed (by category), licensed and graded (by category), its grade. */
const move = (r: 'new' | 'old', sign: 1 | -1) =>
  `insert into grading_tally (year, township_id, axis, value, n)
   select ${r}.year, ${r}.township_id, a.axis, a.value, ${sign}
   from (select 'licensed' as axis, case when ${r}.licenses > 0 then ${r}.category end as value
     union all select 'graded', case when ${r}.licenses > 0 and ${r}.assessments > 0 then ${r}.category end
     union all select 'grade', ${r}.grade) a
   where a.value is not null
   on conflict (year, township_id, axis, value) do update set n = grading_tally.n + excluded.n;`;
/** The tally summed from the business-years, as the triggers move it (both dialects). */
export const FILL_TALLY = `insert into grading_tally (year, township_id, axis, value, n)
      select year, township_id, 'licensed', category, count(*) from grading_year where licenses > 0
        group by year, township_id, category
      union all select year, township_id, 'graded', category, count(*) from grading_year
        where licenses > 0 and assessments > 0 group by year, township_id, category
      union all select year, township_id, 'grade', grade, count(*) from grading_year where grade is not null
        group by year, township_id, grade;`;
export const PLACE = ['township_id', 'category', 'grade', 'licenses > 0', 'assessments > 0'];

export class Migration20261206190000_grading_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `grading_year` (`entity_id` text not null, `year` integer not null, `township_id` text not null, `category` text not null, `licenses` integer not null, `assessments` integer not null, `grade` text null, primary key (`entity_id`, `year`)) without rowid;',
    );
    this.addSql(
      'create table `grading_tally` (`year` integer not null, `township_id` text not null, `axis` text not null, `value` text not null, `n` integer not null, primary key (`year`, `township_id`, `axis`, `value`));',
    );
    // Materialized: left to itself, SQLite 3.45 (libsql) runs the years' recursion again for every licence.
    this.addSql(`insert into grading_year (entity_id, year, township_id, category, licenses, assessments, grade)
      with recursive years (year) as materialized (
        select min(${yearOf('issued_on')}) from license
        union all select year + 1 from years where year < (select max(${yearOf('valid_until')}) from license)
      ), counts as (
        select l.entity_id, y.year, 1 as licenses, 0 as assessments from license l
          join years y on y.year between ${yearOf('l.issued_on')} and ${yearOf('l.valid_until')}
        union all select r.entity_id, r.year, 0, 1 from risk_assessment r
      )
      select e.id, c.year, e.township_id, e.category, sum(c.licenses), sum(c.assessments), null
      from counts c join entity e on e.id = c.entity_id group by e.id, c.year;`);
    this.addSql(`update grading_year set grade = ${LATEST_GRADE} where assessments > 0;`);
    this.addSql(FILL_TALLY);

    this.addSql(`create trigger grading_tally_insert after insert on grading_year begin ${move('new', 1)} end;`);
    this.addSql(`create trigger grading_tally_delete after delete on grading_year begin ${move('old', -1)} end;`);
    this.addSql(`create trigger grading_tally_update after update on grading_year
      when ${PLACE.map((c) => `(old.${c}) is not (new.${c})`).join(' or ')}
      begin ${move('old', -1)} ${move('new', 1)} end;`);

    this.addSql(
      `create trigger grading_license_insert after insert on license begin ${bump('licenses', 'new', yearsOf('new'), 1)} end;`,
    );
    this.addSql(
      `create trigger grading_license_delete after delete on license begin ${bump('licenses', 'old', yearsOf('old'), -1)} end;`,
    );
    this.addSql(`create trigger grading_license_update after update of entity_id, issued_on, valid_until on license
      when old.entity_id is not new.entity_id or old.issued_on is not new.issued_on or old.valid_until is not new.valid_until
      begin ${bump('licenses', 'old', yearsOf('old'), -1)} ${bump('licenses', 'new', yearsOf('new'), 1)} end;`);

    this.addSql(`create trigger grading_assessment_insert after insert on risk_assessment begin ${assessment('new', 1)} end;`);
    this.addSql(`create trigger grading_assessment_delete after delete on risk_assessment begin ${assessment('old', -1)} end;`);
    this.addSql(`create trigger grading_assessment_update
      after update of id, entity_id, year, grade, assessed_on, created_at on risk_assessment
      when ${['id', 'entity_id', 'year', 'grade', 'assessed_on', 'created_at'].map((c) => `old.${c} is not new.${c}`).join(' or ')}
      begin ${assessment('old', -1)} ${assessment('new', 1)} end;`);

    // A business that moves township or category takes its years with it; one deleted takes them away.
    this.addSql(`create trigger grading_entity_update after update of township_id, category on entity
      when old.township_id is not new.township_id or old.category is not new.category
      begin update grading_year set township_id = new.township_id, category = new.category where entity_id = new.id; end;`);
    this.addSql(
      'create trigger grading_entity_delete after delete on entity begin delete from grading_year where entity_id = old.id; end;',
    );
  }

  override async down(): Promise<void> {
    for (const trigger of [
      'grading_entity_delete',
      'grading_entity_update',
      'grading_assessment_update',
      'grading_assessment_delete',
      'grading_assessment_insert',
      'grading_license_update',
      'grading_license_delete',
      'grading_license_insert',
      'grading_tally_update',
      'grading_tally_delete',
      'grading_tally_insert',
    ])
      this.addSql(`drop trigger if exists ${trigger};`);
    this.addSql('drop table if exists `grading_tally`;');
    this.addSql('drop table if exists `grading_year`;');
  }
}
