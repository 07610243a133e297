import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../src/orm';
import fixture from './fixture/src/schema';

describe('SQLite connections', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shian-kit-statements-'));
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openOrm(fixture, { target: { dialect: 'sqlite', dbName: path.join(dir, 'kit.db') } });
  });
  afterAll(async () => {
    await orm.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prepare a statement text once, and still see a changed schema and recover from a failed run', async () => {
    const knex = (orm.em.getConnection() as unknown as { getKnex(): { client: any } }).getKnex();
    const connection = await knex.client.acquireConnection();
    try {
      connection.exec('create table t (id integer primary key, v text unique)');
      const insert = 'insert into t (v) values (?)';
      expect(connection.prepare(insert)).toBe(connection.prepare(insert));
      connection.prepare(insert).run(['a']);
      expect(() => connection.prepare(insert).run(['a'])).toThrow(/UNIQUE/);
      connection.prepare(insert).run(['b']);
      const select = 'select * from t order by id';
      expect(connection.prepare(select).all()).toEqual([
        { id: 1, v: 'a' },
        { id: 2, v: 'b' },
      ]);
      connection.exec('alter table t add column w text');
      expect(connection.prepare(select).all()[0]).toEqual({ id: 1, v: 'a', w: null });
    } finally {
      await knex.client.releaseConnection(connection);
    }
  });
});
