import { describe, expect, it } from 'vitest';
import { AUDIT_TABLE, PERSONAL, REDACTED, redactedArguments } from '../src/audit';
import { dialects, testSubgraph } from '../src/testing';
import fixture, { Book, Shelf } from './fixture/src/schema';

const TRAIL = `query($f: AuditFilter, $first: Int, $after: String) {
  auditTrail(filter: $f, first: $first, after: $after) {
    kitFixture {
      nodes { id at kind recordType recordId operation action cursor
        actor { username name role townshipId department }
        changes { field label from to } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface Row {
  kind: string;
  record_type: string;
  record_id: string;
  operation: string | null;
  actor_username: string;
  actor_role: string;
  actor_township: string | null;
  changes: string;
}

describe.each(await dialects())('audit trail on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });
  const sql = (statement: string, params: unknown[] = []) =>
    t.orm.em.fork().getConnection().execute(statement, params, 'all') as Promise<Record<string, unknown>[]>;
  const rowsFor = async (recordId: string) =>
    (await sql(`select * from ${AUDIT_TABLE} where record_id = ? order by at, seq`, [recordId])) as unknown as Row[];
  const count = async () => Number((await sql(`select count(*) as n from ${AUDIT_TABLE}`))[0]?.n);

  it('the demo seed, written outside a request, is the system’s: one row per record type saying how many', async () => {
    const summary = (await rowsFor('*')).filter((r) => r.operation === 'seed');
    expect(summary.map((r) => [r.kind, r.record_type, JSON.parse(r.changes)])).toEqual(
      expect.arrayContaining([
        ['CREATE', 'Book', [{ field: 'records', from: null, to: '150' }]],
        ['CREATE', 'Shelf', [{ field: 'records', from: null, to: '3' }]],
      ]),
    );
    expect(summary.every((r) => r.actor_username === 'system' && r.actor_role === 'system')).toBe(true);
    expect(await rowsFor('b000')).toEqual([]);
  });

  it('a create, an update and a delete each leave a row: who, which record, the fields before and after', async () => {
    const created = await t.execute('mutation { addBook(id: "au1", title: "初稿") { id } }', {}, { as: 'township' });
    expect(created.errors).toBeUndefined();
    await t.execute('mutation { renameBook(id: "au1", title: "定稿") { id } }');
    await t.execute('mutation { removeBook(id: "au1") }', {}, { as: 'admin' });
    const rows = await rowsFor('au1');
    expect(rows.map((r) => [r.kind, r.operation, r.actor_username])).toEqual([
      ['CREATE', 'addBook', 'township'],
      ['UPDATE', 'renameBook', 'officer'],
      ['DELETE', 'removeBook', 'admin'],
    ]);
    expect(rows[0]?.actor_township).toBe('511902001');
    expect(JSON.parse(rows[0]!.changes)).toContainEqual({ field: 'title', from: null, to: '初稿' });
    expect(JSON.parse(rows[1]!.changes)).toEqual([{ field: 'title', from: '初稿', to: '定稿' }]);
    expect(JSON.parse(rows[2]!.changes)).toContainEqual({ field: 'title', from: '定稿', to: null });
  });

  it('a write the ORM does not see still leaves a row naming the call and its arguments', async () => {
    const result = await t.execute('mutation { relabelShelf(id: "s3", label: "三号架") }');
    expect(result.data?.relabelShelf).toBe(true);
    const [row] = await rowsFor('s3').then((rows) => rows.filter((r) => r.kind === 'OPERATION'));
    expect(row).toMatchObject({ record_type: 'Mutation', operation: 'relabelShelf', actor_username: 'officer' });
    expect(JSON.parse(row!.changes)[0].to).toContain('三号架');
  });

  it('a failed write leaves no audit row, whether refused before or after its flush', async () => {
    const before = await count();
    const duplicate = await t.execute('mutation { addBook(id: "b001", title: "重复") { id } }');
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const failed = await t.execute('mutation { addBookThenFail(id: "au2") { id } }');
    expect(failed.errors?.[0]?.message).toBe('写入后失败');
    expect(await t.orm.em.fork().findOne(Book, { id: 'au2' })).toBeNull();
    expect(await count()).toBe(before);
  });

  it('the database refuses to UPDATE or DELETE an audit row, whoever asks', async () => {
    const before = await count();
    await expect(sql(`update ${AUDIT_TABLE} set actor_username = 'someone' where record_id = '*'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`delete from ${AUDIT_TABLE} where record_id = '*'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from ${AUDIT_TABLE}`)).rejects.toThrow(/append-only/);
    if (dialect === 'postgresql') await expect(sql(`truncate ${AUDIT_TABLE}`)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
    expect((await rowsFor('*'))[0]?.actor_username).toBe('system');
  });

  it('is no entity’s table: the schema diff behind migration:create leaves the kit’s tables alone', async () => {
    const diff = await t.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff).not.toMatch(/shian_/);
  });

  it('a write inside a request but outside a mutation is the caller’s', async () => {
    const result = await t.execute('{ stampShelf(id: "s2") }', {}, { as: 'township' });
    expect(result.errors).toBeUndefined();
    const [row] = (await rowsFor('s2')).filter((r) => r.kind === 'UPDATE');
    expect(row).toMatchObject({ actor_username: 'township', operation: null });
  });

  it('a write outside a request through the ORM is the system’s', async () => {
    const em = t.orm.em.fork();
    em.create(Shelf, { id: 'job1', label: '定时任务' });
    await em.flush();
    expect((await rowsFor('job1'))[0]).toMatchObject({ kind: 'CREATE', actor_username: 'system' });
  });

  it('a personal-data read is recorded (the field, never its value) before it is answered', async () => {
    const result = await t.execute('{ books(first: 2) { nodes { id keeperContact } } }', {}, { as: 'township' });
    expect(result.errors).toBeUndefined();
    const reads = (await sql(
      `select * from ${AUDIT_TABLE} where kind = 'READ' and actor_username = 'township'`,
    )) as unknown as Row[];
    expect(reads.map((r) => r.record_id).sort()).toEqual(
      ((result.data?.books.nodes ?? []) as { id: string }[]).map((b) => b.id).sort(),
    );
    expect(JSON.parse(reads[0]!.changes)).toEqual([{ field: 'keeperContact', from: null, to: null }]);
    expect(reads[0]!.changes).not.toContain('13800000000');
  });

  it('a field named like a phone or ID number records its reads by itself (the kit wraps it); null is no read', async () => {
    const result = await t.execute('{ books(first: 3) { nodes { id contactPhone } } }', {}, { as: 'admin' });
    expect(result.errors).toBeUndefined();
    const reads = (await sql(
      `select record_id, operation, changes from ${AUDIT_TABLE} where kind = 'READ' and actor_username = 'admin'`,
    )) as unknown as Row[];
    expect(reads.map((r) => r.record_id).sort()).toEqual(['b001', 'b002']);
    expect(reads[0]).toMatchObject({ operation: 'books' });
    expect(JSON.parse(reads[0]!.changes)).toEqual([{ field: 'contactPhone', from: null, to: null }]);
  });

  it('auditTrail: leaders only, filtered by record, actor, kind and time, paged newest first', async () => {
    for (const as of ['officer', 'township', 'police', 'education']) {
      const refused = await t.execute(TRAIL, {}, { as });
      expect(refused.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
      expect(refused.data ?? null).toBeNull();
    }
    const direct = await t.execute(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on AuditTrail { kitFixture { nodes { id } } } } }',
      { r: [{ __typename: 'AuditTrail', key: '{"first":5}' }] },
      { as: 'officer' },
    );
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(direct.data ?? {})).not.toContain('"id"');

    await t.execute('mutation { addBook(id: "au3", title: "一") { id } }', {}, { as: 'admin' });
    await t.execute('mutation { renameBook(id: "au3", title: "二") { id } }', {}, { as: 'admin' });
    await t.execute('mutation { renameBook(id: "au3", title: "三") { id } }', {}, { as: 'admin' });
    const one = await t.execute(TRAIL, { f: { recordId: 'au3' }, first: 2 }, { as: 'admin' });
    expect(one.errors).toBeUndefined();
    const page = one.data?.auditTrail.kitFixture;
    expect(page.nodes.map((n: { kind: string }) => n.kind)).toEqual(['UPDATE', 'UPDATE']);
    expect(page.nodes[0].changes).toEqual([{ field: 'title', label: null, from: '二', to: '三' }]);
    expect(page.nodes[0].actor).toMatchObject({ username: 'admin', role: 'leader' });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await t.execute(
      TRAIL,
      { f: { recordId: 'au3' }, first: 2, after: page.pageInfo.endCursor },
      { as: 'admin' },
    );
    expect(next.data?.auditTrail.kitFixture.nodes.map((n: { kind: string }) => n.kind)).toEqual(['CREATE']);
    expect(next.data?.auditTrail.kitFixture.pageInfo.hasNextPage).toBe(false);

    const byActor = await t.execute(TRAIL, { f: { actor: 'system', kind: 'CREATE' }, first: 100 }, { as: 'admin' });
    expect(
      byActor.data?.auditTrail.kitFixture.nodes.every(
        (n: { actor: { username: string } }) => n.actor.username === 'system',
      ),
    ).toBe(true);
    const future = await t.execute(TRAIL, { f: { from: '2999-01-01T00:00:00Z' } }, { as: 'admin' });
    expect(future.data?.auditTrail.kitFixture.nodes).toEqual([]);
    const backwards = await t.execute(
      TRAIL,
      { f: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } },
      { as: 'admin' },
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await t.execute(TRAIL, { after: 'nonsense' }, { as: 'admin' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a child’s rows name its declared parent, so the parent’s trail shows them', async () => {
    await t.execute('mutation { addBook(id: "au4", title: "子") { id } }');
    await t.execute('mutation { renameBook(id: "au4", title: "子(改)") { id } }');
    const [book] = await sql('select shelf_id from book where id = ?', ['au4']);
    const shelf = String(book!.shelf_id);
    const rows = (await sql(`select * from ${AUDIT_TABLE} where record_id = ? order by at, seq`, ['au4'])) as {
      kind: string;
      parent_id: string | null;
    }[];
    expect(rows.map((r) => [r.kind, r.parent_id])).toEqual([
      ['CREATE', shelf],
      ['UPDATE', shelf],
    ]);
    const parent = await t.execute(TRAIL, { f: { recordId: shelf }, first: 100 }, { as: 'admin' });
    const ids = parent.data?.auditTrail.kitFixture.nodes.map((n: { recordId: string }) => n.recordId);
    expect(ids).toContain('au4');
    // A record without a declaration has no parent.
    const [shelfRow] = await sql(`select parent_id from ${AUDIT_TABLE} where record_id = ? and kind = 'UPDATE'`, [
      's2',
    ]);
    expect(shelfRow?.parent_id ?? null).toBeNull();
  });

  it('a declared personal field says it was written or changed, never its value', async () => {
    const em = t.orm.em.fork();
    em.create(Shelf, { id: 'pd1', label: '王建华 13812345678' });
    await em.flush();
    await t.execute('{ stampShelf(id: "pd1") }', {}, { as: 'township' });
    const rows = (await sql(`select kind, changes from ${AUDIT_TABLE} where record_id = ? order by at, seq`, [
      'pd1',
    ])) as { kind: string; changes: string }[];
    expect(rows.map((r) => r.kind)).toEqual(['CREATE', 'UPDATE']);
    expect(JSON.stringify(rows)).not.toMatch(/王建华|13812345678/);
    expect(JSON.parse(rows[0]!.changes)).toContainEqual({ field: 'label', from: null, to: '〔个人信息〕' });
    expect(JSON.parse(rows[1]!.changes)).toEqual([
      { field: 'label', from: '〔个人信息〕', to: '〔个人信息〕(已变更)' },
    ]);
  });
});

describe('the arguments an OPERATION row records', () => {
  it('hide secrets and a person’s phone or ID number at any depth, keeping the rest', () => {
    expect(
      redactedArguments({
        id: 'c1',
        input: {
          content: '投诉内容',
          complainant: { name: null, phone: '13812345678', idNumber: '11010519491231002X' },
        },
        channels: [{ secret: 'SEC123', contactPhone: '13900000000' }],
      }),
    ).toEqual({
      id: 'c1',
      input: { content: '投诉内容', complainant: { name: null, phone: PERSONAL, idNumber: PERSONAL } },
      channels: [{ secret: REDACTED, contactPhone: PERSONAL }],
    });
  });
});
