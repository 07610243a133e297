import { describe, expect, it } from 'vitest';
import { dropDatabaseSchema, prepareDatabase } from '../src/orm';
import { dialects, testSubgraph } from '../src/testing';
import fixture from './fixture/src/schema';

const BOOKS = '{ books { totalCount } }';

/**
 * `seed --fresh` (and `migration:create`, on its scratch database) drops the schema and runs every migration again:
 * what a migration made beside its tables must go too, or the second run fails on it.
 */
describe.each(await dialects())('dropping the schema on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });

  it('drops the trigger functions a migration wrote, so the migrations run again', async () => {
    const connection = t.orm.em.getConnection();
    // What a tally migration writes: a function and a trigger that calls it.
    if (dialect === 'postgresql') {
      await connection.execute(
        'create function book_touch() returns trigger language plpgsql as $$ begin return new; end $$',
      );
      await connection.execute(
        'create trigger book_touch before update on book for each row execute function book_touch()',
      );
    } else {
      await connection.execute('create trigger book_touch after update on book begin select 1; end');
    }

    await dropDatabaseSchema(t.orm);
    const left =
      dialect === 'postgresql'
        ? await connection.execute("select proname from pg_proc where proname = 'book_touch'")
        : await connection.execute("select name from sqlite_master where name = 'book_touch'");
    expect(left).toEqual([]);

    await prepareDatabase(t.orm, fixture, { seed: true });
    expect((await t.execute(BOOKS)).data?.books.totalCount).toBe(150);
  });
});
