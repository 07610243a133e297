import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { completeCreditCode } from '../src/rules/credit-code';
import subgraph from '../src/schema';
import { backfillPostings } from '../src/search';

const CREATE = 'mutation ($input: EntityInput!) { createEntity(input: $input) { id version } }';
const UPDATE =
  'mutation ($id: ID!, $input: EntityUpdateInput!) { updateEntity(id: $id, input: $input) { id version } }';
const SEARCH = 'query ($s: String) { entities(first: 100, filter: { search: $s }) { totalCount nodes { id } } }';

const business = (name: string, code: string, townshipId: string, address: string) => ({
  name,
  creditCode: completeCreditCode(code),
  category: 'FOOD_SELLER',
  townshipId,
  address,
  legalRepresentative: '测试人',
});

/**
 * The register's search goes through the bigram index (src/search.ts) for terms of two characters or more; its answers
 * must be the scan's. The oracle is the LIKE the search always was, run on the same database: name or address
 * contains the term, or the code contains it upper-cased (SQLite's LIKE ignores ASCII case, PostgreSQL's does not,
 * and the oracle inherits that).
 */
describe.each(await dialects())('the register search on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const sql = (text: string, params: unknown[] = []) =>
    t.orm.em.getConnection().execute(text, params) as Promise<Record<string, unknown>[]>;
  const ids: Record<string, string> = {};

  /** Today's answer: every match by LIKE, in the register's order. */
  const scan = async (text: string) =>
    (
      await sql(
        'select id from entity where name like ? or address like ? or credit_code like ? order by name asc, id asc',
        [`%${text}%`, `%${text}%`, `%${text.toUpperCase()}%`],
      )
    ).map((row) => String(row.id));

  const search = async (term: string, as = 'officer') => {
    const res = await t.execute(SEARCH, { s: term }, { as });
    expect(res.errors).toBeUndefined();
    const found = res.data!.entities as { totalCount: number; nodes: { id: string }[] };
    return { total: found.totalCount, ids: found.nodes.map((n) => n.id) };
  };

  const expectScanAnswer = async (term: string, text = term.trim()) => {
    const expected = await scan(text);
    const found = await search(term);
    expect({ term, total: found.total, ids: found.ids }).toEqual({
      term,
      total: expected.length,
      ids: expected.slice(0, 100),
    });
    return expected.length;
  };

  it('indexes businesses created through the API, Latin letters and all', async () => {
    for (const [key, input] of Object.entries({
      fresh: business(
        'FreshMart 鲜果超市',
        '92511902MA6BGRM01',
        '511902001',
        '四川省巴中市巴州区东城街道Main Road 8号',
      ),
      bakery: business(
        'Straße Bakery 面包房',
        '92511902MA6BGRM02',
        '511902002',
        '四川省巴中市巴州区江北街道KIDS乐园旁',
      ),
    })) {
      const res = await t.execute(CREATE, { input });
      expect(res.errors).toBeUndefined();
      ids[key] = res.data!.createEntity.id;
    }
    expect(await search('FreshMart')).toEqual({ total: 1, ids: [ids.fresh] });
  });

  it('answers exactly what the scan answers, for terms of every kind', async () => {
    const terms = [
      // one character: the scan itself
      '金',
      '店',
      'a',
      '8',
      // two characters and more: from the postings
      '豆腐',
      '超市',
      '食堂',
      '巴州',
      '东城',
      '豆腐坊',
      '巴州区东城街道',
      '配餐有限公司',
      '人民路',
      '组1',
      '12号',
      '四川省巴中市',
      // digits and code fragments, the code's letters in either case
      '0827',
      '5119',
      '1902',
      '380',
      '91511902',
      '92511902MA6',
      'ma6',
      'Ma6SRCH0',
      // Latin text: ASCII case as each dialect's LIKE has it
      'mart',
      'MART',
      'FreshMart',
      'kids',
      'Main Road',
      'straße',
      'ße',
      // nothing matches
      '不存在的名字',
      'zz',
      'QQQQ',
      '豆腐坊豆腐坊',
    ];
    const totals = new Map<string, number>();
    for (const term of terms) totals.set(term, await expectScanAnswer(term));
    // The set is not vacuous: many terms match, some more than a page, some nothing.
    expect([...totals.values()].filter((n) => n > 0).length).toBeGreaterThan(20);
    expect(totals.get('巴州')).toBeGreaterThan(100);
    expect(totals.get('不存在的名字')).toBe(0);
    // Spaces around the term and wildcards in it are dropped, as before.
    await expectScanAnswer(' 豆腐坊 ');
    await expectScanAnswer('豆%腐_坊', '豆腐坊');
    expect(await search('%_')).toEqual({ total: 0, ids: [] });
  }, 30_000);

  it('follows an edit: the old name no longer matches, the new one does', async () => {
    const { version } = (await t.execute(`{ entity(id: "${ids.fresh}") { version } }`)).data!.entity;
    const res = await t.execute(UPDATE, {
      id: ids.fresh,
      input: { version, name: 'GreenGrocer 蔬菜店', address: '四川省巴中市巴州区东城街道翠屏路9号' },
    });
    expect(res.errors).toBeUndefined();
    expect(await search('FreshMart')).toEqual({ total: 0, ids: [] });
    expect(await search('Main Road')).toEqual({ total: 0, ids: [] });
    expect((await search('GreenGrocer')).ids).toEqual([ids.fresh]);
    expect((await search('翠屏路9号')).ids).toEqual([ids.fresh]);
    await expectScanAnswer('蔬菜');
    // The pairs only the old text had are gone; those of the new text are there.
    const pairs = new Set(
      (await sql('select bigram from entity_bigram where entity_id = ?', [ids.fresh])).map((r) => String(r.bigram)),
    );
    for (const gone of ['hm', 'sh', '鲜果', 'n ']) expect(pairs.has(gone), gone).toBe(false);
    for (const kept of ['ro', 'ng', 'oc', '蔬菜', '翠屏', '92', 'ma']) expect(pairs.has(kept), kept).toBe(true);
  });

  it('leaves no postings behind a write that fails', async () => {
    // The database refuses any business named 拒收…, after the resolver has written its postings.
    if (dialect === 'sqlite') {
      for (const event of ['insert', 'update'])
        await sql(`create trigger refuse_${event} before ${event} on entity when new.name like '拒收%'
          begin select raise(abort, 'refused by the test'); end`);
    } else {
      await sql(`create function refuse_entity() returns trigger language plpgsql as $$
        begin if new.name like '拒收%' then raise exception 'refused by the test'; end if; return new; end $$`);
      await sql(
        'create trigger refuse_entity before insert or update on entity for each row execute function refuse_entity()',
      );
    }
    const created = await t.execute(CREATE, {
      input: business('拒收测试粮油店', '92511902MA6BGRM03', '511902001', '四川省巴中市巴州区东城街道测试巷1号'),
    });
    expect(created.errors).toBeDefined();
    const { version } = (await t.execute(`{ entity(id: "${ids.bakery}") { version } }`)).data!.entity;
    const updated = await t.execute(UPDATE, { id: ids.bakery, input: { version, name: '拒收烘焙坊' } });
    expect(updated.errors).toBeDefined();
    expect(await sql("select entity_id from entity_bigram where bigram in ('拒收', '试巷', '烘焙')")).toEqual([]);
    // The business whose edit failed keeps its old name's postings.
    expect((await search('Bakery')).ids).toEqual([ids.bakery]);
    expect(await search('烘焙坊')).toEqual({ total: 0, ids: [] });
  });

  it('applies the scope first: another township, a village, a partner', async () => {
    // The bakery is in 511902002; the township officer (511902001) finds it no more than a business they cannot see.
    expect((await search('Bakery')).total).toBe(1);
    expect(await search('Bakery', 'township')).toEqual({ total: 0, ids: [] });
    expect((await search('GreenGrocer', 'township')).ids).toEqual([ids.fresh]);
    // The liaison's village does not hold the new business (created without one).
    expect(await search('GreenGrocer', 'village')).toEqual({ total: 0, ids: [] });
    const partner = await t.execute(SEARCH, { s: 'Bakery' }, { as: 'police' });
    expect(partner.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(partner.data?.entities ?? null).toBeNull();
    // A township's own list searches the same way, within the township.
    const byTownship = await t.execute(
      '{ townships { id entities(filter: { search: "Bakery" }) { totalCount nodes { id } } } }',
    );
    expect(byTownship.errors).toBeUndefined();
    const hits = (byTownship.data!.townships as { id: string; entities: { totalCount: number } }[]).filter(
      (row) => row.entities.totalCount > 0,
    );
    expect(hits).toEqual([{ id: '511902002', entities: { totalCount: 1, nodes: [{ id: ids.bakery }] } }]);
  });

  it('fills the same postings for businesses already on the register (the migration’s backfill)', async () => {
    const postings = () => sql('select bigram, entity_id from entity_bigram order by bigram, entity_id');
    const written = await postings();
    expect(written.length).toBeGreaterThan(10_000);
    await sql('delete from entity_bigram');
    const indexed = await t.orm.em
      .fork()
      .transactional((em) =>
        backfillPostings(
          (text, params = []) =>
            em.getConnection().execute(text, params, 'all', em.getTransactionContext()) as Promise<
              Record<string, unknown>[]
            >,
        ),
      );
    expect(indexed).toBe(Number((await sql('select count(*) as n from entity'))[0]?.n));
    expect(await postings()).toEqual(written);
  }, 60_000);
});
