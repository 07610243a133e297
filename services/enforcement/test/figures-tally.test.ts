import { ENTITY_REFS } from '@shian/demo-refs';
import { dialects, testSubgraph, whileTransactionOpen } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { Case, PartnerDepartment, Penalty, Transfer, TransferKind } from '../src/entities';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

/**
 * The work report's case figures are read from a tally the database's triggers keep (src/entities/CaseTally.ts).
 * After each write of a series (a clue, its filing and its transfer through GraphQL, a refused move, a rolled-back
 * transaction, a penalty written, changed and its case's decision moved to another year, a transfer changed, moved
 * to another year and deleted, raw SQL moving a case to another township and year, a case's id changing, a case
 * deleted with its transfers and penalty) the figures must equal a recount of the rows, folded here in plain code,
 * for the district and for a township officer.
 */
const FIGURES = `casesFiled cluesReceived penalties fines confiscatedGains casesTransferred bySource { source count }
  byStatus { status count } byMonth { month casesFiled } transfersByDepartment { department count }`;

interface CaseRow {
  id: string;
  township_id: string;
  source: string;
  status: string;
  received_on: string;
  filed_on: string | null;
  decided_on: string | null;
  fine: number | null;
  confiscated_gains: number | null;
  has_penalty: number | string | boolean | null;
}

/** A transfer with its case's township. */
interface TransferRow {
  township_id: string;
  kind: string;
  department: string;
  transferred_on: string;
}

function recount(rows: CaseRow[], transferRows: TransferRow[], year: number, township?: string) {
  const mine = rows.filter((r) => township === undefined || r.township_id === township);
  const transfers = transferRows.filter(
    (r) => (township === undefined || r.township_id === township) && r.transferred_on.startsWith(`${year}-`),
  );
  const filed = mine.filter((r) => r.filed_on?.startsWith(`${year}-`));
  const decided = mine.filter((r) => r.has_penalty && r.decided_on?.startsWith(`${year}-`));
  const count = <R>(list: R[], key: (r: R) => string, value: string) => list.filter((r) => key(r) === value).length;
  const sources = ['SAMPLING', 'COMPLAINT', 'INSPECTION', 'PUBLIC_OPINION', 'REFERRAL'];
  const statuses = ['CLUE', 'FILED', 'INVESTIGATING', 'NOTIFIED', 'DECIDED', 'EXECUTING', 'CLOSED', 'NOT_FILED'];
  return {
    casesFiled: filed.length,
    cluesReceived: mine.filter((r) => r.received_on.startsWith(`${year}-`)).length,
    penalties: decided.length,
    fines: decided.reduce((sum, r) => sum + Number(r.fine), 0),
    confiscatedGains: decided.reduce((sum, r) => sum + Number(r.confiscated_gains), 0),
    casesTransferred: count(transfers, (r) => r.kind, 'CRIMINAL'),
    bySource: sources.map((source) => ({ source, count: count(filed, (r) => r.source, source) })),
    byStatus: [...statuses, 'TRANSFERRED'].map((status) => ({ status, count: count(filed, (r) => r.status, status) })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      casesFiled: count(filed, (r) => r.filed_on!.slice(5, 7), String(i + 1).padStart(2, '0')),
    })),
    transfersByDepartment: ['POLICE', 'PROCURATORATE', 'EDUCATION', 'AGRICULTURE'].map((department) => ({
      department,
      count: count(transfers, (r) => r.department, department),
    })),
  };
}

describe.each(await dialects())('the enforcement figures kept as cases change, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));

  async function expectRecount(years: number[]) {
    const rows = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select c.id, c.township_id, c.source, c.status, c.received_on, c.filed_on, c.decided_on, p.fine,
           p.confiscated_gains, p.id as has_penalty
         from case_file c left join penalty p on p.case_file_id = c.id`,
      )) as CaseRow[];
    const transfers = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select c.township_id, t.kind, t.department, t.transferred_on
         from transfer t join case_file c on c.id = t.case_file_id`,
      )) as TransferRow[];
    for (const [as, township] of [
      ['officer', undefined],
      ['township', '511902001'],
    ] as const) {
      for (const y of years) {
        const res = await t.execute(`{ workReport(year: ${y}) { enforcement { ${FIGURES} } } }`, {}, { as });
        expect(res.errors).toBeUndefined();
        const { fines, confiscatedGains, ...got } = res.data!.workReport.enforcement;
        const want = recount(rows, transfers, y, township);
        // Fines are kept in fen: equal to the recount to the fen.
        expect(fines).toBeCloseTo(want.fines, 2);
        expect(confiscatedGains).toBeCloseTo(want.confiscatedGains, 2);
        const { fines: _f, confiscatedGains: _g, ...counts } = want;
        expect(got).toEqual(counts);
      }
    }
  }

  it('equals a recount after each write, refused and rolled-back ones included', { timeout: 60_000 }, async () => {
    await expectRecount([2024, year]);
    const clue = await t.execute('mutation($i: ClueInput!) { createClue(input: $i) { id version } }', {
      i: {
        title: '某超市涉嫌经营超过保质期的食品案',
        source: 'COMPLAINT',
        entityId: ENTITY_REFS.find((e) => e.townshipId === '511902001')!.id,
        townshipId: '511902001',
        receivedOn: daysAgo(20),
        description: '消费者投诉购买到过期饼干',
      },
    });
    expect(clue.errors).toBeUndefined();
    const { id, version } = clue.data!.createClue;
    await expectRecount([year]);

    // The transition that moves the figures: 立案.
    const move = 'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id version status } }';
    const filing = { caseId: id, to: 'FILED', on: daysAgo(18), officerIds: ['IN05', 'IN06'], violations: ['EXPIRED'] };
    const filed = await t.execute(move, {
      i: { ...filing, version, legalBasis: '《中华人民共和国食品安全法》第三十四条' },
    });
    expect(filed.errors).toBeUndefined();
    await expectRecount([year]);

    // Refused (a stale version): nothing written, nothing moved.
    const stale = await t.execute(move, { i: { caseId: id, version, to: 'NOT_FILED', on: daysAgo(17) } });
    expect(stale.errors).toBeDefined();
    await expectRecount([year]);

    // 调查取证, then 移送: a criminal transfer to the police.
    const investigating = await t.execute(move, {
      i: { caseId: id, version: filed.data!.moveCase.version, to: 'INVESTIGATING', on: daysAgo(17) },
    });
    expect(investigating.errors).toBeUndefined();
    const transferred = await t.execute(move, {
      i: {
        caseId: id,
        version: investigating.data!.moveCase.version,
        to: 'TRANSFERRED',
        on: daysAgo(16),
        transfer: { department: 'POLICE', kind: 'CRIMINAL', reason: '涉嫌生产、销售不符合安全标准的食品罪' },
      },
    });
    expect(transferred.errors).toBeUndefined();
    await expectRecount([year]);

    // Written, then rolled back: a decision with its penalty, and another township.
    await expect(
      t.orm.em.fork().transactional(async (em) => {
        const record = await em.findOneOrFail(Case, id);
        record.decidedOn = daysAgo(2);
        record.townshipId = '511902002';
        em.create(Penalty, {
          id: 'PEN-TALLY',
          caseFile: record,
          decisionNumber: 'TALLY-1',
          kindList: 'FINE',
          fine: 1234.5,
        });
        em.create(Transfer, {
          id: 'TR-TALLY-ROLLED-BACK',
          caseFile: record,
          department: PartnerDepartment.PROCURATORATE,
          kind: TransferKind.CRIMINAL,
          transferredOn: daysAgo(2),
          reason: '抄送',
        });
        await em.flush();
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await expectRecount([year]);

    // A decision and its penalty, then the penalty changed and the decision moved to 2024.
    const connection = t.orm.em.fork().getConnection();
    await connection.execute('update case_file set decided_on = ? where id = ?', [daysAgo(2), id]);
    await connection.execute(
      `insert into penalty (id, case_file_id, decision_number, kind_list, fine, confiscated_gains)
       values ('PEN-TALLY', ?, 'TALLY-1', 'FINE', 1234.5, 0.3)`,
      [id],
    );
    await expectRecount([year]);
    await connection.execute("update penalty set fine = 800.1, confiscated_gains = 0.2 where id = 'PEN-TALLY'");
    await connection.execute("update case_file set decided_on = '2024-12-30', township_id = '511902002' where id = ?", [
      id,
    ]);
    await expectRecount([2024, year]);

    // The transfer's counted columns: kind and department, then its date moved to the case's new year; a second one.
    await connection.execute(
      "update transfer set kind = 'JURISDICTION', department = 'AGRICULTURE' where case_file_id = ?",
      [id],
    );
    await expectRecount([2024, year]);
    await connection.execute(
      "update transfer set transferred_on = '2024-12-31', kind = 'CRIMINAL' where case_file_id = ?",
      [id],
    );
    await expectRecount([2024, year]);
    await connection.execute(
      `insert into transfer (id, case_file_id, department, kind, transferred_on, reason, created_at)
       values ('TR-TALLY-2', ?, 'POLICE', 'CRIMINAL', '2024-12-31', '补充移送', ?)`,
      [id, new Date()],
    );
    await expectRecount([2024]);

    // A seeded 2024 case moved to another township and filed in 2023; the penalty then removed.
    const [seeded] = (await connection.execute(
      "select id from case_file where filed_on like '2024-%' and township_id = '511902001' order by id limit 1",
    )) as { id: string }[];
    await connection.execute(
      "update case_file set filed_on = '2023-05-06', status = 'CLOSED', township_id = '511902003' where id = ?",
      [seeded!.id],
    );
    await connection.execute("delete from penalty where id = 'PEN-TALLY'");
    await expectRecount([2023, 2024, year]);

    // A seeded transfer deleted alone; a case with transfers and no penalty changing its id (a cascade to them).
    const [seededTransfer] = (await connection.execute(
      "select id from transfer where transferred_on like '2024-%' and id <> 'TR-TALLY-2' order by id limit 1",
    )) as { id: string }[];
    await connection.execute('delete from transfer where id = ?', [seededTransfer!.id]);
    await expectRecount([2024]);
    await connection.execute("update case_file set id = 'CASE-TALLY-RENAMED' where id = ?", [id]);
    await expectRecount([2024, year]);

    // The case deleted with its transfers and a penalty (cascades): counted neither twice nor left behind.
    await connection.execute(
      `insert into penalty (id, case_file_id, decision_number, kind_list, fine, confiscated_gains)
       values ('PEN-TALLY-2', 'CASE-TALLY-RENAMED', 'TALLY-2', 'FINE', 500, 0)`,
    );
    await expectRecount([2024]);
    await connection.execute("delete from case_file where id = 'CASE-TALLY-RENAMED'");
    await expectRecount([2024, year]);
  });

  it('counts a transfer in the township its case is moved to by a transaction that overlaps it', async () => {
    const connection = t.orm.em.fork().getConnection();
    const [target] = (await connection.execute(
      "select id from case_file where township_id = '511902001' and filed_on like '2024-%' order by id desc limit 1",
    )) as { id: string }[];
    // The transfer's transaction stays open while another one moves its case to another township: on PostgreSQL the
    // move must wait for it (the trigger reads the case FOR SHARE), or each trigger would miss the other's row.
    await whileTransactionOpen(
      t.orm,
      async (em) => {
        em.create(Transfer, {
          id: 'TR-TALLY-RACE',
          caseFile: em.getReference(Case, target!.id),
          department: PartnerDepartment.POLICE,
          kind: TransferKind.CRIMINAL,
          transferredOn: '2024-10-10',
          reason: '涉嫌犯罪',
        });
        await em.flush();
      },
      () => connection.execute("update case_file set township_id = '511902002' where id = ?", [target!.id]),
    );
    await expectRecount([2024]);
  });
});
