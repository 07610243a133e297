import { Migration } from '@mikro-orm/migrations';
import { RESPONSIBILITY_SQL } from './Migration20261206213500_responsibility_tally';

const { refresh, visitsMoved, VISIT_UPDATE, ASSIGNMENT_UPDATE } = RESPONSIBILITY_SQL;

/**
 * An assignment whose id changes (its visits follow by the foreign key's cascade) keeps its 包保 figures. The cascade
 * moves each visit to an id whose assignment is already renamed away: a visit whose old assignment is gone has been
 * renamed with it (a visit cannot outlive its assignment otherwise), so it stays counted where it was; counted again,
 * it was counted twice. The assignment's windows move to the new id, also when it has no visits.
 */
const visitCount = (r: 'new' | 'old', sign: 1 | -1) =>
  `insert into visit_tally (year, township_id, n)
   select cast(substr(${r}.visited_on, 1, 4) as integer), e.township_id, ${sign}
   from assignment a join entity e on e.id = a.entity_id
   where a.id = ${r}.assignment_id and exists (select 1 from assignment o where o.id = old.assignment_id)
   on conflict (year, township_id) do update set n = visit_tally.n + excluded.n;`;

export class Migration20261206221500_responsibility_id_change extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop trigger if exists responsibility_visit_update;');
    this.addSql(`create trigger responsibility_visit_update after update of assignment_id, visited_on on visit
      when old.assignment_id is not new.assignment_id or old.visited_on is not new.visited_on
      begin ${visitCount('old', -1)} ${visitCount('new', 1)} ${refresh('(old.assignment_id, new.assignment_id)')} end;`);
    this.addSql('drop trigger if exists responsibility_assignment_update;');
    this.addSql(`create trigger responsibility_assignment_update
      after update of id, official_id, entity_id, starts_on, ends_on on assignment
      when old.id is not new.id or old.official_id is not new.official_id or old.entity_id is not new.entity_id
        or old.starts_on is not new.starts_on or old.ends_on is not new.ends_on
      begin
        ${visitsMoved('(new.id)', '(select township_id from entity where id = old.entity_id)', -1)}
        ${visitsMoved('(new.id)', '(select township_id from entity where id = new.entity_id)', 1)}
        ${refresh('(old.id, new.id)')}
      end;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists responsibility_visit_update;');
    this.addSql(VISIT_UPDATE);
    this.addSql('drop trigger if exists responsibility_assignment_update;');
    this.addSql(ASSIGNMENT_UPDATE);
  }
}
