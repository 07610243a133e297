import { MikroORM, Property } from '@mikro-orm/libsql';
import { describe, expect, it } from 'vitest';
import { Tally, TallyTable } from '../src/tally';

@TallyTable('thing_tally')
class ThingTally extends Tally<'kind' | 'month'>({ axis: 10, value: 20 }) {
  @Property({ type: 'bigint' })
  sumFen!: string;
}

@TallyTable('other_tally')
class OtherTally extends Tally({ axis: 10, value: 20 }) {}

@TallyTable('long_tally')
class LongTally extends Tally({ axis: 20, value: 36 }) {
  @Property({ type: 'integer' })
  bad!: number;
}

describe('Tally', () => {
  it('declares (year, township, axis, value) → n first, then what the subclass adds, with the lengths given', async () => {
    expect(Object.getPrototypeOf(ThingTally)).toBe(Object.getPrototypeOf(OtherTally));
    expect(Object.getPrototypeOf(LongTally)).not.toBe(Object.getPrototypeOf(ThingTally));
    const orm = await MikroORM.init({
      entities: [ThingTally, OtherTally, LongTally],
      dbName: ':memory:',
      allowGlobalContext: true,
    });
    try {
      const metadata = orm.getMetadata();
      for (const entity of [ThingTally, OtherTally, LongTally]) {
        expect(metadata.get(entity.name).primaryKeys).toEqual(['year', 'townshipId', 'axis', 'value']);
      }
      const thing = metadata.get(ThingTally.name);
      expect(Object.keys(thing.properties)).toEqual(['year', 'townshipId', 'axis', 'value', 'n', 'sumFen']);
      expect(thing.properties.axis.length).toBe(10);
      expect(metadata.get(LongTally.name).properties.value.length).toBe(36);
      expect(Object.keys(metadata.get(OtherTally.name).properties)).toEqual([
        'year',
        'townshipId',
        'axis',
        'value',
        'n',
      ]);
      const sql = await orm.schema.getCreateSchemaSQL();
      expect(sql).toContain('create table `long_tally` (`year` integer not null, `township_id` text not null');
      expect(sql).toContain('primary key (`year`, `township_id`, `axis`, `value`)');
      expect(sql).not.toMatch(/create table `Tally_/);
    } finally {
      await orm.close();
    }
  });

  it('is read-only to the ORM: a flush writes no tally row, the triggers own them', async () => {
    const orm = await MikroORM.init({ entities: [LongTally], dbName: ':memory:', allowGlobalContext: true });
    try {
      await orm.schema.createSchema();
      const em = orm.em.fork();
      em.persist(
        em.create(LongTally, { year: 2024, townshipId: '511902001', axis: 'verdict', value: '', n: 1, bad: 0 }),
      );
      await em.flush();
      const rows = await em.getConnection().execute('select count(*) as n from long_tally');
      expect(Number(rows[0].n)).toBe(0);
    } finally {
      await orm.close();
    }
  });
});
