import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { rmSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import { AUDIT_TABLE, databaseTarget, type DatabaseTarget, migrateDatabase, openOrm } from '@shian/subgraph-kit';
import { dialects, TEST_DATABASE_URL } from '@shian/subgraph-kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

/**
 * The history's move onto the audit trail (migration history_onto_audit_trail), on a database as the previous
 * release left it: audit_entry holding rows written by the old code (dates as each dialect stored them), then
 * `migrate`. Every row must be in shian_audit with the same id, time, order, actor, action and labelled changes.
 */
describe.each(await dialects())('history moves onto the audit trail on %s', (dialect) => {
  const unique = `enforcement_history_${randomUUID().slice(0, 8)}`;
  const target: DatabaseTarget =
    dialect === 'sqlite'
      ? { dialect, dbName: path.join(os.tmpdir(), `shian-test-${unique}.db`) }
      : { ...databaseTarget('enforcement', { DATABASE_URL: TEST_DATABASE_URL }), dbName: `shian_test_${unique}` };
  let orm: MikroORM | undefined;

  afterAll(async () => {
    await orm?.close();
    if (dialect === 'sqlite') rmSync(target.dbName, { force: true });
    else {
      const admin = await openOrm(subgraph, { target: { ...target, dbName: 'postgres' } });
      await admin.em.getConnection().execute(`drop database if exists "${target.dbName}"`);
      await admin.close();
    }
  });

  it('copies every row (none lost, same order and content) and drops the old table', async () => {
    orm = await openOrm(subgraph, { target });
    const migrator = orm.getMigrator();
    const names = (await migrator.getPendingMigrations()).map((m) => m.name);
    const mine = names.findIndex((name) => name.endsWith('_history_onto_audit_trail'));
    expect(mine).toBeGreaterThan(0);
    await migrator.up({ to: names[mine - 1] });

    const at = (iso: string) => (dialect === 'sqlite' ? new Date(iso).getTime() : iso);
    const changes = (from: string | null, to: string) => [{ field: 'status', label: '状态', from, to }];
    const legacy = [
      [
        'AU000001',
        'CASE',
        'C1',
        'C1',
        1,
        '2024-03-01T02:00:00.000Z',
        'officer',
        '李执法',
        '立案',
        changes(null, '立案'),
      ],
      [
        'AU000002',
        'TRANSFER',
        'T1',
        'C1',
        2,
        '2024-03-01T02:00:00.000Z',
        'officer',
        '李执法',
        '移送',
        changes(null, '已移送'),
      ],
      [
        randomUUID(),
        'SEIZED_ITEM',
        'S1',
        'C1',
        7,
        '2024-03-05T08:30:00.000Z',
        'admin',
        '王局长',
        '处置(销毁)',
        changes('查封', '销毁'),
      ],
    ] as const;
    const connection = orm.em.getConnection();
    for (const [id, type, recordId, caseId, sequence, when, username, actor, action, change] of legacy) {
      await connection.execute(
        'insert into audit_entry (id, record_type, record_id, case_id, sequence, at, username, actor, action, changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [id, type, recordId, caseId, sequence, at(when), username, actor, action, JSON.stringify(change)],
      );
    }

    await migrateDatabase(orm);

    const rows = (await connection.execute(
      `select * from ${AUDIT_TABLE} where parent_id = 'C1' order by at, seq, id`,
    )) as Record<string, unknown>[];
    expect(
      rows.map((r) => [
        r.id,
        r.record_type,
        r.record_id,
        r.parent_id,
        r.at,
        Number(r.seq),
        r.kind,
        r.actor_username,
        r.actor_name,
        r.action,
        JSON.parse(String(r.changes)),
      ]),
    ).toEqual(
      legacy.map(([id, , recordId, caseId, sequence, when, username, actor, action, change], i) => [
        id,
        ['Case', 'Transfer', 'SeizedItem'][i],
        recordId,
        caseId,
        when,
        sequence,
        i === 2 ? 'UPDATE' : 'CREATE',
        username,
        actor,
        action,
        change,
      ]),
    );
    await expect(connection.execute('select count(*) from audit_entry')).rejects.toThrow();
    // And the copied rows are as append-only as new ones.
    await expect(connection.execute(`delete from ${AUDIT_TABLE} where parent_id = 'C1'`)).rejects.toThrow(
      /append-only/,
    );
  });
});
