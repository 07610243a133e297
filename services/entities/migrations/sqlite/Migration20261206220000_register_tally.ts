import { Migration } from '@mikro-orm/migrations';

/**
 * How many businesses the register holds per township, category, status and risk grade ('' for none yet), kept by
 * triggers on `entity` inside the writing transaction, so that the register's list counts a filter of those columns
 * (a risk grade, a township's businesses) from a few hundred rows instead of the matching ones (src/entity-counts.ts).
 * Filled from the businesses already there. A later migration that rebuilds `entity` (MikroORM's SQLite differ does:
 * copy, drop, rename) drops these triggers with it and must create them again; the register-counts test would fail.
 * (The migration loader takes a file's first exported function as its class: the helpers below stay unexported.)
 */
const KEYS = ['township_id', 'category', 'status', 'risk_grade'];
const KEY_OF = (r: string) => [`${r}.township_id`, `${r}.category`, `${r}.status`, `coalesce(${r}.risk_grade, '')`];
/** The tally from the businesses there (PostgreSQL's migration runs the same). */
export const FILL = `insert into register_tally (township_id, category, status, risk_grade, n)
  select ${KEY_OF('e').join(', ')}, count(*) from entity e group by ${KEY_OF('e').join(', ')};`;

const move = (r: 'new' | 'old', sign: 1 | -1) =>
  `insert into register_tally (township_id, category, status, risk_grade, n) values (${KEY_OF(r).join(', ')}, ${sign})
   on conflict (township_id, category, status, risk_grade) do update set n = register_tally.n + excluded.n;`;

export class Migration20261206220000_register_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `register_tally` (`township_id` text not null, `category` text not null, `status` text not null, `risk_grade` text not null, `n` integer not null, primary key (`township_id`, `category`, `status`, `risk_grade`));',
    );
    this.addSql(FILL);
    this.addSql(`create trigger register_tally_insert after insert on entity begin ${move('new', 1)} end;`);
    this.addSql(`create trigger register_tally_delete after delete on entity begin ${move('old', -1)} end;`);
    this.addSql(`create trigger register_tally_update after update of ${KEYS.join(', ')} on entity
      when ${KEYS.map((c) => `old.${c} is not new.${c}`).join(' or ')}
      begin ${move('old', -1)} ${move('new', 1)} end;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists register_tally_insert;');
    this.addSql('drop trigger if exists register_tally_delete;');
    this.addSql('drop trigger if exists register_tally_update;');
    this.addSql('drop table if exists `register_tally`;');
  }
}
