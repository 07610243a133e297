import { type CrossWrite, crossWriteTests, dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const PARTNERS = { police: 'POLICE', education: 'EDUCATION', agriculture: 'AGRICULTURE' } as const;
type Partner = keyof typeof PARTNERS;

interface Ids {
  caseId: string;
  inspectionId: string;
  campaignId: string;
  drawId: string;
  drawItemId: string;
  seizedItemId: string;
  operationId: string;
  complaintId: string;
  /** Per department: a transfer addressed to it, and a joint operation it takes part in. */
  transfer: Record<string, { id: string; caseId: string; status: string }>;
  operation: Record<string, string>;
  /** A joint operation none of the three partners takes part in… or that one partner is not in. */
  operationWithout: Record<string, string>;
}

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Every mutation of the bureau, with a well-formed input: partners must get FORBIDDEN from each, and write nothing. */
const BUREAU_MUTATIONS: Record<string, (ids: Ids) => [string, Record<string, unknown>]> = {
  createCampaign: () => [
    'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
    {
      i: {
        name: '测试',
        kind: 'RECTIFICATION',
        startsOn: '2024-01-01',
        endsOn: '2024-02-01',
        lead: '科',
        focus: '测试',
      },
    },
  ],
  createClue: () => [
    'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
    {
      i: {
        title: '测试',
        source: 'COMPLAINT',
        entityId: 'E0001',
        townshipId: '511902001',
        receivedOn: '2024-05-01',
        description: '测试',
      },
    },
  ],
  updateCase: (ids) => [
    'mutation($i: CaseUpdateInput!) { updateCase(input: $i) { id } }',
    { i: { caseId: ids.caseId, version: 1, title: '改' } },
  ],
  moveCase: (ids) => [
    'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id } }',
    { i: { caseId: ids.caseId, version: 1, to: 'CLOSED', on: today, reason: '测试' } },
  ],
  pauseCaseClock: (ids) => [
    'mutation($i: CasePauseInput!) { pauseCaseClock(input: $i) { id } }',
    { i: { caseId: ids.caseId, version: 1, kind: 'TESTING', startsOn: today, reason: '测试' } },
  ],
  resumeCaseClock: (ids) => [
    'mutation($i: CaseResumeInput!) { resumeCaseClock(input: $i) { id } }',
    { i: { caseId: ids.caseId, version: 1, endsOn: today } },
  ],
  extendCaseClock: (ids) => [
    'mutation($i: CaseExtensionInput!) { extendCaseClock(input: $i) { id } }',
    { i: { caseId: ids.caseId, version: 1, clock: 'DECISION' } },
  ],
  updatePenaltyProgress: (ids) => [
    'mutation($i: PenaltyProgressInput!) { updatePenaltyProgress(input: $i) { id } }',
    { i: { caseId: ids.caseId, version: 1, paidOn: today } },
  ],
  createInspection: () => [
    'mutation($i: InspectionInput!) { createInspection(input: $i) { id } }',
    {
      i: {
        entityId: 'E0001',
        townshipId: '511902001',
        inspectedOn: '2024-05-01',
        kind: 'ROUTINE',
        verdict: 'COMPLIANT',
        inspectorIds: ['IN01', 'IN02'],
        findings: '测试',
      },
    },
  ],
  publishInspection: (ids) => [
    'mutation($id: ID!) { publishInspection(id: $id, publishedOn: "2024-12-31") { id } }',
    { id: ids.inspectionId },
  ],
  recordRectification: (ids) => [
    'mutation($id: ID!) { recordRectification(id: $id, rectifiedOn: "2024-12-31") { id } }',
    { id: ids.inspectionId },
  ],
  createJointOperation: () => [
    'mutation($i: JointOperationInput!) { createJointOperation(input: $i) { id } }',
    { i: { title: '测试', departments: ['POLICE'], startsOn: '2024-01-01', endsOn: '2024-01-02', scope: '测试' } },
  ],
  updateJointOperation: (ids) => [
    'mutation($i: JointOperationUpdateInput!) { updateJointOperation(input: $i) { id } }',
    { i: { operationId: ids.operationId, summary: '改' } },
  ],
  runDraw: () => [
    'mutation($i: RandomDrawInput!) { runDraw(input: $i) { id } }',
    {
      i: {
        title: '测试',
        drawnOn: '2024-05-01',
        populationCriteria: '测试',
        population: [{ entityId: 'E0001', townshipId: '511902001' }],
        entityCount: 1,
        inspectorsPerEntity: 2,
      },
    },
  ],
  publishDraw: (ids) => [
    'mutation($id: ID!) { publishDraw(id: $id, publishedOn: "2024-12-31") { id } }',
    { id: ids.drawId },
  ],
  recordSeizure: (ids) => [
    'mutation($i: SeizedItemInput!) { recordSeizure(input: $i) { id } }',
    {
      i: {
        caseId: ids.caseId,
        name: '测试',
        quantity: 1,
        unit: '件',
        measure: 'SEIZE',
        seizedOn: today,
        custodian: '测试',
        location: '测试',
      },
    },
  ],
  updateSeizedItem: (ids) => [
    'mutation($i: SeizedItemUpdateInput!) { updateSeizedItem(input: $i) { id } }',
    { i: { itemId: ids.seizedItemId, note: '测试' } },
  ],
  createComplaint: () => [
    'mutation($i: ComplaintInput!) { createComplaint(input: $i) { id } }',
    {
      i: {
        kind: 'REPORT',
        channel: 'PHONE',
        entityId: 'E0001',
        content: '测试',
        receivedOn: '2024-05-01',
      },
    },
  ],
  updateComplaint: (ids) => [
    'mutation($i: ComplaintUpdateInput!) { updateComplaint(input: $i) { id } }',
    { i: { complaintId: ids.complaintId, version: 1, content: '改' } },
  ],
  moveComplaint: (ids) => [
    'mutation($i: ComplaintMoveInput!) { moveComplaint(input: $i) { id } }',
    { i: { complaintId: ids.complaintId, version: 1, to: 'REFUSED', on: today, reason: '测试' } },
  ],
  extendComplaintClock: (ids) => [
    'mutation($i: ComplaintExtensionInput!) { extendComplaintClock(input: $i) { id } }',
    { i: { complaintId: ids.complaintId, version: 1 } },
  ],
};

/** The bureau's registers: a partner reads none of them. */
const BUREAU_QUERIES: Record<string, (ids: Ids) => [string, Record<string, unknown>]> = {
  campaigns: () => ['{ campaigns { totalCount } }', {}],
  campaign: (ids) => ['query($id: ID!) { campaign(id: $id) { id } }', { id: ids.campaignId }],
  inspections: () => ['{ inspections { totalCount } }', {}],
  inspection: (ids) => ['query($id: ID!) { inspection(id: $id) { id } }', { id: ids.inspectionId }],
  inspectors: () => ['{ inspectors { totalCount } }', {}],
  randomDraws: () => ['{ randomDraws { totalCount } }', {}],
  randomDraw: (ids) => ['query($id: ID!) { randomDraw(id: $id) { id } }', { id: ids.drawId }],
  seizedItems: () => ['{ seizedItems { totalCount } }', {}],
  workReport: () => ['{ workReport(year: 2024) { enforcement { casesFiled } } }', {}],
  workReports: () => ['{ workReports(years: [2024, 2023]) { year } }', {}],
  complaints: () => ['{ complaints { totalCount } }', {}],
  complaint: (ids) => ['query($id: ID!) { complaint(id: $id) { id } }', { id: ids.complaintId }],
  // The kit's inbox: bureau staff only (this subgraph's part: inbox.test.ts).
  inbox: () => ['{ inbox { enforcement { key } } }', {}],
  // The kit's: leaders only (officers and township officers are refused too: the kit's audit.test.ts).
  auditTrail: () => ['{ auditTrail { key enforcement { nodes { id } } } }', {}],
};

/** What a partner may use, each answering with its own records only (checked one by one below). */
const SHARED_QUERIES = ['cases', 'case', 'transfers', 'transfer', 'jointOperations', 'jointOperation'];
const PARTNER_MUTATIONS = ['receiveTransfer', 'answerTransfer', 'confirmJointOperation'];

describe.each(await dialects())('partner scope on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  let ids: Ids;

  const writes = async () => {
    const res = await t.execute(
      '{ cases(first: 1) { totalCount } transfers { totalCount } jointOperations { totalCount } seizedItems { totalCount } campaigns { totalCount } inspections { totalCount } randomDraws { totalCount } complaints { totalCount } }',
    );
    const c = await t.orm.em
      .fork()
      .getConnection()
      .execute("select count(*) as n from shian_audit where kind <> 'READ'");
    return JSON.stringify({ ...res.data, audit: Number((c as { n: number }[])[0]!.n) });
  };

  beforeAll(async () => {
    const res = await t.execute(`{
      transfers(first: 100) { nodes { id department status case { id } } }
      jointOperations(first: 100) { nodes { id departments } }
      cases(first: 1, filter: { status: INVESTIGATING }) { nodes { id } }
      inspections(first: 1, filter: { verdict: NON_COMPLIANT }) { nodes { id } }
      campaigns(first: 1) { nodes { id } }
      randomDraws(first: 1) { nodes { id items { id } } }
      seizedItems(first: 1) { nodes { id } }
      complaints(first: 1) { nodes { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    const transfer: Ids['transfer'] = {};
    // Prefer a transfer still waiting for its receipt: the receive/answer tests use it.
    for (const node of [...d.transfers.nodes].sort((a, b) => (a.status === 'SENT' ? -1 : b.status === 'SENT' ? 1 : 0)))
      transfer[node.department] ??= { id: node.id, caseId: node.case.id, status: node.status };
    const operation: Record<string, string> = {};
    const operationWithout: Record<string, string> = {};
    for (const node of d.jointOperations.nodes)
      for (const department of Object.values(PARTNERS)) {
        if (node.departments.includes(department)) operation[department] ??= node.id;
        else operationWithout[department] ??= node.id;
      }
    ids = {
      caseId: d.cases.nodes[0].id,
      inspectionId: d.inspections.nodes[0].id,
      campaignId: d.campaigns.nodes[0].id,
      drawId: d.randomDraws.nodes[0].id,
      drawItemId: d.randomDraws.nodes[0].items[0].id,
      seizedItemId: d.seizedItems.nodes[0].id,
      operationId: d.jointOperations.nodes[0].id,
      complaintId: d.complaints.nodes[0].id,
      transfer,
      operation,
      operationWithout,
    };
    for (const department of Object.values(PARTNERS)) {
      expect(transfer[department], department).toBeDefined();
      expect(operation[department], department).toBeDefined();
      expect(operationWithout[department], department).toBeDefined();
    }
  });

  it('covers every query and mutation of the subgraph in these tables', async () => {
    const res = await t.execute('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const queries = res
      .data!.__schema.queryType.fields.map((f: { name: string }) => f.name)
      .filter((n: string) => !n.startsWith('_'));
    const mutations = res.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(new Set(queries)).toEqual(new Set([...Object.keys(BUREAU_QUERIES), ...SHARED_QUERIES]));
    expect(new Set(mutations)).toEqual(new Set([...Object.keys(BUREAU_MUTATIONS), ...PARTNER_MUTATIONS]));
  });

  describe.each(Object.entries(PARTNERS) as [Partner, string][])('as %s', (partner, department) => {
    it.each(Object.keys(BUREAU_QUERIES))('cannot read the bureau’s %s', async (name) => {
      const [query, variables] = BUREAU_QUERIES[name]!(ids);
      const res = await t.execute(query, variables, { as: partner });
      expect(res.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
    });

    it.each(Object.keys(BUREAU_MUTATIONS))('is refused %s, and nothing is written', async (name) => {
      const before = await writes();
      const [query, variables] = BUREAU_MUTATIONS[name]!(ids);
      const res = await t.execute(query, variables, { as: partner });
      expect(res.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
      expect(res.data?.[name] ?? null).toBeNull();
      expect(await writes()).toBe(before);
    });

    it('lists only the cases transferred to it', async () => {
      const all = await t.execute('{ cases { totalCount } }');
      const res = await t.execute(
        '{ cases(first: 100) { totalCount nodes { id transfer { department } transfers { department } } } }',
        {},
        { as: partner },
      );
      expect(res.errors).toBeUndefined();
      const { totalCount, nodes } = res.data!.cases;
      expect(totalCount).toBeGreaterThan(0);
      expect(totalCount).toBeLessThan(all.data!.cases.totalCount);
      for (const node of nodes) {
        expect(node.transfer.department).toBe(department);
        expect(node.transfers.every((t: { department: string }) => t.department === department)).toBe(true);
      }
      // A filter cannot widen the list: another department's transfers give nothing.
      const other = department === 'POLICE' ? 'EDUCATION' : 'POLICE';
      const widened = await t.execute(
        `{ cases(filter: { transferredTo: ${other} }) { totalCount } }`,
        {},
        { as: partner },
      );
      expect(widened.data?.cases.totalCount).toBe(0);
    });

    it('reads a case of its own, and none of another department’s', async () => {
      const own = await t.execute(
        'query($id: ID!) { case(id: $id) { id title status entity { id } clocks { code status } history { action } timeline { label } seizedItems { name } } }',
        { id: ids.transfer[department]!.caseId },
        { as: partner },
      );
      expect(own.errors).toBeUndefined();
      expect(own.data?.case.id).toBe(ids.transfer[department]!.caseId);
      for (const [otherDepartment, transfer] of Object.entries(ids.transfer)) {
        if (otherDepartment === department) continue;
        const res = await t.execute(
          'query($id: ID!) { case(id: $id) { id } }',
          { id: transfer.caseId },
          { as: partner },
        );
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const bureauOnly = await t.execute(
        'query($id: ID!) { case(id: $id) { id } }',
        { id: ids.caseId },
        { as: partner },
      );
      expect(bureauOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Through a reference from another subgraph, an unshared case resolves to nothing.
      const refs = await t.execute(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id } } }',
        {
          r: [
            { __typename: 'Case', id: ids.caseId },
            { __typename: 'Case', id: ids.transfer[department]!.caseId },
          ],
        },
        { as: partner },
      );
      expect(refs.data?._entities).toEqual([null, { id: ids.transfer[department]!.caseId }]);
    });

    it('lists and reads only its own transfers and joint operations', async () => {
      const res = await t.execute(
        '{ transfers(first: 100) { totalCount nodes { department } } jointOperations(first: 100) { totalCount nodes { departments participants { department } } } }',
        {},
        { as: partner },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.transfers.totalCount).toBeGreaterThan(0);
      expect(res.data!.transfers.nodes.every((n: { department: string }) => n.department === department)).toBe(true);
      for (const op of res.data!.jointOperations.nodes) {
        expect(op.departments).toContain(department);
        expect(op.participants.map((p: { department: string }) => p.department)).toEqual([department]);
      }
      for (const [otherDepartment, transfer] of Object.entries(ids.transfer)) {
        const read = await t.execute(
          'query($id: ID!) { transfer(id: $id) { id } }',
          { id: transfer.id },
          { as: partner },
        );
        if (otherDepartment === department) expect(read.data?.transfer.id).toBe(transfer.id);
        else expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const own = await t.execute(
        'query($id: ID!) { jointOperation(id: $id) { id } }',
        { id: ids.operation[department] },
        { as: partner },
      );
      expect(own.data?.jointOperation.id).toBe(ids.operation[department]);
      const foreign = await t.execute(
        'query($id: ID!) { jointOperation(id: $id) { id } }',
        { id: ids.operationWithout[department] },
        { as: partner },
      );
      expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('acts only on its own transfers and joint operations', async () => {
      for (const [otherDepartment, transfer] of Object.entries(ids.transfer)) {
        if (otherDepartment === department) continue;
        const before = await writes();
        const receive = await t.execute(
          'mutation($i: TransferReceiptInput!) { receiveTransfer(input: $i) { id } }',
          { i: { transferId: transfer.id, receivedOn: today, receiptNumber: 'X', receivedBy: 'X' } },
          { as: partner },
        );
        expect(receive.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const answer = await t.execute(
          'mutation($i: TransferAnswerInput!) { answerTransfer(input: $i) { id } }',
          { i: { transferId: transfer.id, answeredOn: today, outcome: 'DECLINED', note: 'X' } },
          { as: partner },
        );
        expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(await writes()).toBe(before);
      }
      const confirm = await t.execute(
        'mutation($i: JointOperationConfirmationInput!) { confirmJointOperation(input: $i) { department } }',
        { i: { operationId: ids.operationWithout[department], personnel: 3, report: '测试' } },
        { as: partner },
      );
      expect(confirm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const mine = await t.execute(
        'mutation($i: JointOperationConfirmationInput!) { confirmJointOperation(input: $i) { department personnel report confirmedBy } }',
        { i: { operationId: ids.operation[department], personnel: 5, report: '本部门派员参加' } },
        { as: partner },
      );
      expect(mine.errors).toBeUndefined();
      expect(mine.data?.confirmJointOperation).toMatchObject({ department, personnel: 5, report: '本部门派员参加' });
    });
  });

  it('lets the receiving department, and nobody else, write the receipt and the answer', async () => {
    const transfer = ids.transfer.POLICE!;
    expect(transfer.status).toBe('SENT');
    const receipt = {
      transferId: transfer.id,
      receivedOn: today,
      receiptNumber: '巴公(食药环)受字〔测试〕1号',
      receivedBy: '食药环侦大队',
    };
    const receive =
      'mutation($i: TransferReceiptInput!) { receiveTransfer(input: $i) { id status receivedOn receiptNumber } }';
    for (const as of ['officer', 'admin', 'township', 'education'])
      expect((await t.execute(receive, { i: receipt }, { as })).errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
    const received = await t.execute(receive, { i: receipt }, { as: 'police' });
    expect(received.errors).toBeUndefined();
    expect(received.data?.receiveTransfer).toMatchObject({ status: 'RECEIVED', receiptNumber: receipt.receiptNumber });
    const again = await t.execute(receive, { i: receipt }, { as: 'police' });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const answer = await t.execute(
      'mutation($i: TransferAnswerInput!) { answerTransfer(input: $i) { status outcome answerClock { status } history { action username } } }',
      {
        i: {
          transferId: transfer.id,
          answeredOn: today,
          outcome: 'FILED',
          note: '已立案侦查',
          partnerCaseNumber: '巴公立字〔测试〕1号',
        },
      },
      { as: 'police' },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.answerTransfer).toMatchObject({
      status: 'ANSWERED',
      outcome: 'FILED',
      answerClock: { status: 'MET' },
    });
    expect(answer.data?.answerTransfer.history.slice(-2)).toEqual([
      { action: '接收部门签收', username: 'police' },
      { action: '接收部门答复', username: 'police' },
    ]);
    // The bureau sees the receipt on its record of the case.
    const seen = await t.execute('query($id: ID!) { case(id: $id) { transfer { status receiptNumber receivedBy } } }', {
      id: transfer.caseId,
    });
    expect(seen.data?.case.transfer).toMatchObject({
      status: 'ANSWERED',
      receiptNumber: receipt.receiptNumber,
      receivedBy: '食药环侦大队',
    });
  });

  it('keeps a township officer to their township and refuses anonymous callers', async () => {
    const res = await t.execute(
      '{ cases(first: 100) { totalCount nodes { townshipId } } inspections(first: 100) { nodes { townshipId } } }',
      {},
      { as: 'township' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cases.totalCount).toBeGreaterThan(0);
    expect(new Set(res.data!.cases.nodes.map((n: { townshipId: string }) => n.townshipId))).toEqual(
      new Set(['511902001']),
    );
    expect(new Set(res.data!.inspections.nodes.map((n: { townshipId: string }) => n.townshipId))).toEqual(
      new Set(['511902001']),
    );
    const figures = await t.execute(
      '{ workReport(year: 2024) { enforcement { casesFiled rectifications } } }',
      {},
      { as: 'township' },
    );
    expect(figures.data?.workReport.enforcement.casesFiled).toBeLessThan(119);
    expect(figures.data?.workReport.enforcement.rectifications).toBe(12);
    const district = await t.execute(
      BUREAU_MUTATIONS.createCampaign!(ids)[0],
      BUREAU_MUTATIONS.createCampaign!(ids)[1],
      { as: 'township' },
    );
    expect(district.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const query of ['{ cases { totalCount } }', '{ transfers { totalCount } }'])
      expect((await t.execute(query, {}, { as: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const USERS = ['admin', 'officer', 'township', 'police', 'education', 'agriculture'] as const;
const OWN_TOWNSHIP = '511902001';
const DEPARTMENT_OF: Record<string, string> = PARTNERS;

/** Every table's row count and what the updates change: a refused write must leave all of it as it was. */
async function fingerprint(t: {
  orm: { em: { fork(): { getConnection(): { execute(sql: string): Promise<unknown> } } } };
}) {
  const sql = [
    // The audit trail: a refused write leaves no row of any kind (its history, the kit's rows of its changes).
    'shian_audit',
    'campaign',
    'case_file',
    'case_pause',
    'complaint',
    'complaint_step',
    'draw_item',
    'inspection',
    'joint_operation',
    'joint_operation_participant',
    'penalty',
    'random_draw',
    'seized_item',
    'transfer',
  ]
    .map((table) => `select '${table}' as t, count(*) as n from ${table}`)
    .concat([
      "select 'versions' as t, sum(version) as n from case_file",
      "select 'published' as t, count(published_on) + count(rectified_on) as n from inspection",
      "select 'notes' as t, count(note) as n from seized_item",
      "select 'complaint versions' as t, coalesce(sum(version), 0) as n from complaint",
    ])
    .join(' union all ');
  const rows = (await t.orm.em.fork().getConnection().execute(sql)) as { t: string; n: number | string }[];
  return Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
}

interface CrossIds {
  ownCase: { id: string; entityId: string };
  foreignCase: { id: string; version: number; entityId: string };
  sharedCase: Record<string, { id: string; entityId: string }>;
  cases: { id: string; townshipId: string; departments: string[] }[];
  ownInspection: string;
  foreignInspection: string;
  foreignDrawItem: string;
  foreignSeizedItem: string;
  foreignTransfer: string;
  operationId: string;
  drawId: string;
  foreignComplaint: { id: string; version: number };
}

/**
 * What the township officer (511902001) tries against another township: every mutation of the schema, each with an
 * input that names a record or business outside that township. Each is refused, and nothing is written.
 */
const CROSS_WRITES: Record<string, CrossWrite<CrossIds>> = {
  createCampaign: { code: 'FORBIDDEN', write: () => BUREAU_MUTATIONS.createCampaign!({} as Ids) },
  createClue: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: '不存在或不在您的辖区内',
    write: (ids) => [
      'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
      {
        i: {
          title: '越权',
          source: 'COMPLAINT',
          entityId: ids.foreignCase.entityId,
          receivedOn: '2024-05-01',
          description: '越权',
        },
      },
    ],
  },
  'createClue from another township’s inspection': {
    code: 'BAD_USER_INPUT',
    field: 'inspectionId',
    message: '不在您的辖区内',
    write: (ids) => [
      'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
      {
        i: {
          title: '越权',
          source: 'INSPECTION',
          entityId: 'E0049',
          inspectionId: ids.foreignInspection,
          receivedOn: '2024-05-01',
          description: '越权',
        },
      },
    ],
  },
  'createClue from another township’s disposal': {
    code: 'BAD_USER_INPUT',
    field: 'disposalId',
    message: '关联的抽检不合格处置 DP000001 不存在或不在您的权限范围内',
    write: () => [
      'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
      {
        i: {
          title: '越权',
          source: 'SAMPLING',
          entityId: 'E0049',
          disposalId: 'DP000001',
          receivedOn: '2024-05-01',
          description: '越权',
        },
      },
    ],
  },
  'createClue from an unknown opinion event': {
    code: 'BAD_USER_INPUT',
    field: 'opinionEventId',
    message: '关联的舆情 OE-NONE 不存在或不在您的权限范围内',
    write: () => [
      'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
      {
        i: {
          title: '越权',
          source: 'PUBLIC_OPINION',
          entityId: 'E0049',
          opinionEventId: 'OE-NONE',
          receivedOn: '2024-05-01',
          description: '越权',
        },
      },
    ],
  },
  updateCase: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: CaseUpdateInput!) { updateCase(input: $i) { id } }',
      { i: { caseId: ids.foreignCase.id, version: ids.foreignCase.version, title: '越权' } },
    ],
  },
  moveCase: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id } }',
      { i: { caseId: ids.foreignCase.id, version: ids.foreignCase.version, to: 'CLOSED', on: today, reason: 'x' } },
    ],
  },
  pauseCaseClock: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: CasePauseInput!) { pauseCaseClock(input: $i) { id } }',
      {
        i: {
          caseId: ids.foreignCase.id,
          version: ids.foreignCase.version,
          kind: 'TESTING',
          startsOn: today,
          reason: 'x',
        },
      },
    ],
  },
  resumeCaseClock: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: CaseResumeInput!) { resumeCaseClock(input: $i) { id } }',
      { i: { caseId: ids.foreignCase.id, version: ids.foreignCase.version, endsOn: today } },
    ],
  },
  extendCaseClock: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: CaseExtensionInput!) { extendCaseClock(input: $i) { id } }',
      { i: { caseId: ids.foreignCase.id, version: ids.foreignCase.version, clock: 'DECISION' } },
    ],
  },
  updatePenaltyProgress: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: PenaltyProgressInput!) { updatePenaltyProgress(input: $i) { id } }',
      { i: { caseId: ids.foreignCase.id, version: ids.foreignCase.version, paidOn: today } },
    ],
  },
  createInspection: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: '不存在或不在您的辖区内',
    write: (ids) => [
      'mutation($i: InspectionInput!) { createInspection(input: $i) { id } }',
      {
        i: {
          entityId: ids.foreignCase.entityId,
          inspectedOn: '2024-05-01',
          kind: 'ROUTINE',
          verdict: 'COMPLIANT',
          inspectorIds: ['IN01', 'IN02'],
          findings: '越权',
        },
      },
    ],
  },
  'createInspection on another township’s draw item': {
    code: 'BAD_USER_INPUT',
    field: 'drawItemId',
    message: '不在您的辖区内',
    write: (ids) => [
      'mutation($i: InspectionInput!) { createInspection(input: $i) { id } }',
      {
        i: {
          entityId: 'E0049',
          inspectedOn: '2024-05-01',
          kind: 'RANDOM',
          verdict: 'COMPLIANT',
          inspectorIds: ['IN01', 'IN02'],
          findings: '越权',
          drawItemId: ids.foreignDrawItem,
        },
      },
    ],
  },
  publishInspection: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($id: ID!) { publishInspection(id: $id, publishedOn: "2024-12-31") { id } }',
      { id: ids.foreignInspection },
    ],
  },
  recordRectification: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($id: ID!) { recordRectification(id: $id, rectifiedOn: "2024-12-31") { id } }',
      { id: ids.foreignInspection },
    ],
  },
  createJointOperation: { code: 'FORBIDDEN', write: () => BUREAU_MUTATIONS.createJointOperation!({} as Ids) },
  updateJointOperation: {
    code: 'FORBIDDEN',
    write: (ids) => BUREAU_MUTATIONS.updateJointOperation!({ operationId: ids.operationId } as Ids),
  },
  runDraw: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: RandomDrawInput!) { runDraw(input: $i) { id } }',
      {
        i: {
          title: '越权',
          drawnOn: '2024-05-01',
          populationCriteria: '越权',
          population: [{ entityId: ids.foreignCase.entityId }],
          entityCount: 1,
          inspectorsPerEntity: 2,
        },
      },
    ],
  },
  publishDraw: { code: 'FORBIDDEN', write: (ids) => BUREAU_MUTATIONS.publishDraw!({ drawId: ids.drawId } as Ids) },
  recordSeizure: {
    code: 'FORBIDDEN',
    write: (ids) => BUREAU_MUTATIONS.recordSeizure!({ caseId: ids.foreignCase.id } as Ids),
  },
  updateSeizedItem: {
    code: 'FORBIDDEN',
    write: (ids) => BUREAU_MUTATIONS.updateSeizedItem!({ seizedItemId: ids.foreignSeizedItem } as Ids),
  },
  receiveTransfer: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: TransferReceiptInput!) { receiveTransfer(input: $i) { id } }',
      { i: { transferId: ids.foreignTransfer, receivedOn: today, receiptNumber: 'X', receivedBy: 'X' } },
    ],
  },
  answerTransfer: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: TransferAnswerInput!) { answerTransfer(input: $i) { id } }',
      { i: { transferId: ids.foreignTransfer, answeredOn: today, outcome: 'DECLINED', note: 'X' } },
    ],
  },
  confirmJointOperation: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: JointOperationConfirmationInput!) { confirmJointOperation(input: $i) { department } }',
      { i: { operationId: ids.operationId, personnel: 1, report: '越权' } },
    ],
  },
  createComplaint: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: '不存在或不在您的辖区内',
    write: (ids) => [
      'mutation($i: ComplaintInput!) { createComplaint(input: $i) { id } }',
      {
        i: {
          kind: 'REPORT',
          channel: 'PHONE',
          entityId: ids.foreignCase.entityId,
          content: '越权',
          receivedOn: '2024-05-01',
        },
      },
    ],
  },
  updateComplaint: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: ComplaintUpdateInput!) { updateComplaint(input: $i) { id } }',
      { i: { complaintId: ids.foreignComplaint.id, version: ids.foreignComplaint.version, content: '越权' } },
    ],
  },
  moveComplaint: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: ComplaintMoveInput!) { moveComplaint(input: $i) { id } }',
      {
        i: {
          complaintId: ids.foreignComplaint.id,
          version: ids.foreignComplaint.version,
          to: 'REFUSED',
          on: '2024-12-31',
          reason: '越权',
        },
      },
    ],
  },
  extendComplaintClock: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($i: ComplaintExtensionInput!) { extendComplaintClock(input: $i) { id } }',
      { i: { complaintId: ids.foreignComplaint.id, version: ids.foreignComplaint.version } },
    ],
  },
};

describe.each(await dialects())('references, linked records and writes across townships on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  let ids: CrossIds;

  beforeAll(async () => {
    const res = await t.execute(`{
      cases(first: 100) { nodes { id version townshipId entity { id } transfers { department } } }
      own: cases(first: 1, filter: { townshipId: "${OWN_TOWNSHIP}" }) { nodes { id entity { id } } }
      transfers(first: 100) { nodes { id department case { id townshipId entity { id } } } }
      ownInspections: inspections(first: 1, filter: { townshipId: "${OWN_TOWNSHIP}" }) { nodes { id } }
      inspections(first: 1, filter: { townshipId: "511902002" }) { nodes { id } }
      randomDraws(first: 10) { nodes { id items { id townshipId } } }
      seizedItems(first: 100) { nodes { id case { townshipId } } }
      jointOperations(first: 1) { nodes { id } }
      complaints(first: 100) { nodes { id version townshipId } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    type CaseNode = {
      id: string;
      version: number;
      townshipId: string;
      entity: { id: string };
      transfers: { department: string }[];
    };
    const foreign = (d.cases.nodes as CaseNode[]).find((c) => c.townshipId !== OWN_TOWNSHIP && !c.transfers.length)!;
    const sharedCase: CrossIds['sharedCase'] = {};
    for (const node of d.transfers.nodes)
      sharedCase[node.department] ??= { id: node.case.id, entityId: node.case.entity.id };
    const cases = new Map<string, CrossIds['cases'][number]>();
    const remember = (id: string) => {
      const node = (d.cases.nodes as CaseNode[]).find((c) => c.id === id);
      const transfer = d.transfers.nodes.filter((n: { case: { id: string } }) => n.case.id === id);
      cases.set(id, {
        id,
        townshipId: node?.townshipId ?? transfer[0].case.townshipId,
        departments: transfer.map((n: { department: string }) => n.department),
      });
    };
    remember(d.own.nodes[0].id);
    remember(foreign.id);
    for (const shared of Object.values(sharedCase)) remember(shared.id);
    const items = d.randomDraws.nodes.flatMap((n: { items: { id: string; townshipId: string }[] }) => n.items);
    ids = {
      ownCase: { id: d.own.nodes[0].id, entityId: d.own.nodes[0].entity.id },
      foreignCase: { id: foreign.id, version: foreign.version, entityId: foreign.entity.id },
      sharedCase,
      cases: [...cases.values()],
      ownInspection: d.ownInspections.nodes[0].id,
      foreignInspection: d.inspections.nodes[0].id,
      foreignDrawItem: items.find((item: { townshipId: string }) => item.townshipId !== OWN_TOWNSHIP).id,
      foreignSeizedItem: d.seizedItems.nodes.find(
        (n: { case: { townshipId: string } }) => n.case.townshipId !== OWN_TOWNSHIP,
      ).id,
      foreignTransfer: d.transfers.nodes.find(
        (n: { case: { townshipId: string } }) => n.case.townshipId !== OWN_TOWNSHIP,
      ).id,
      operationId: d.jointOperations.nodes[0].id,
      drawId: d.randomDraws.nodes[0].id,
      foreignComplaint: d.complaints.nodes.find((n: { townshipId: string }) => n.townshipId !== OWN_TOWNSHIP),
    };
    for (const department of Object.values(PARTNERS)) expect(sharedCase[department], department).toBeDefined();
  });

  const visibleTo = (user: string, record: CrossIds['cases'][number]) => {
    if (user === 'admin' || user === 'officer') return true;
    if (user === 'township') return record.townshipId === OWN_TOWNSHIP;
    return record.departments.includes(DEPARTMENT_OF[user]!);
  };

  it.each(USERS)('resolves Case references as %s only where the cases query would', async (user) => {
    const res = await t.execute(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id title } } }',
      { r: ids.cases.map((c) => ({ __typename: 'Case', id: c.id })) },
      { as: user },
    );
    const expected = ids.cases.map((c) => visibleTo(user, c));
    expect(expected).toContain(true);
    if (user !== 'admin' && user !== 'officer') expect(expected).toContain(false);
    ids.cases.forEach((c, i) => {
      const row = res.data?._entities[i];
      if (expected[i]) expect(row?.id, `${user} ${c.id}`).toBe(c.id);
      else {
        expect(row, `${user} ${c.id}`).toBeNull();
        const error = res.errors?.find((e) => e.path?.[1] === i);
        expect(error?.extensions?.code, `${user} ${c.id}`).toBe('FORBIDDEN');
      }
    });
  });

  it.each(USERS)('answers the Entity stub’s fields as %s within that user’s scope', async (user) => {
    const police = ids.sharedCase.POLICE!;
    const res = await t.execute(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { id cases { id townshipId transfers { department } } } } }',
      {
        r: [
          { __typename: 'Entity', id: ids.ownCase.entityId },
          { __typename: 'Entity', id: ids.foreignCase.entityId },
          { __typename: 'Entity', id: police.entityId },
        ],
      },
      { as: user },
    );
    expect(res.errors).toBeUndefined();
    const [own, foreign, shared] = res.data!._entities;
    type Node = { id: string; townshipId: string; transfers: { department: string }[] };
    if (user === 'admin' || user === 'officer') {
      expect(foreign.cases.map((c: Node) => c.id)).toContain(ids.foreignCase.id);
      expect(own.cases.map((c: Node) => c.id)).toContain(ids.ownCase.id);
    } else if (user === 'township') {
      expect(foreign.cases).toEqual([]);
      expect(own.cases.map((c: Node) => c.id)).toContain(ids.ownCase.id);
      for (const c of [...own.cases, ...shared.cases]) expect(c.townshipId).toBe(OWN_TOWNSHIP);
    } else {
      const department = DEPARTMENT_OF[user]!;
      for (const entity of [own, foreign, shared])
        for (const c of entity.cases as Node[]) expect(c.transfers.map((x) => x.department)).toEqual([department]);
      if (user === 'police') expect(shared.cases.map((c: Node) => c.id)).toContain(police.id);
      const inspections = await t.execute(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { inspections { id } } } }',
        { r: [{ __typename: 'Entity', id: ids.ownCase.entityId }] },
        { as: user },
      );
      // Entity.inspections is a nullable boundary: refused, and nothing of it answered.
      expect(inspections.data?._entities?.[0]).toEqual({ inspections: null });
      expect(inspections.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    if (user === 'township') {
      const inspections = await t.execute(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { inspections { townshipId } } } }',
        { r: [{ __typename: 'Entity', id: ids.foreignCase.entityId }] },
        { as: user },
      );
      expect(inspections.data?._entities[0].inspections).toEqual([]);
    }
  });

  it('keeps a case’s linked inspection to those who may read that inspection', async () => {
    const connection = t.orm.em.fork().getConnection();
    // Data written before linked ids were checked may link across townships; the link must not widen scope.
    await connection.execute('update case_file set inspection_id = ? where id = ?', [
      ids.foreignInspection,
      ids.ownCase.id,
    ]);
    try {
      const query = 'query($id: ID!) { case(id: $id) { id inspection { id townshipId } } }';
      const officer = await t.execute(query, { id: ids.ownCase.id });
      expect(officer.data?.case.inspection.id).toBe(ids.foreignInspection);
      const township = await t.execute(query, { id: ids.ownCase.id }, { as: 'township' });
      expect(township.data?.case).toEqual({ id: ids.ownCase.id, inspection: null });
      expect(township.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await connection.execute('update case_file set inspection_id = null where id = ?', [ids.ownCase.id]);
    }
  });

  it('lists an inspection’s cases only as far as the caller may read cases', async () => {
    const connection = t.orm.em.fork().getConnection();
    const linked = [ids.ownCase.id, ids.foreignCase.id];
    const before = await connection.execute('select id, inspection_id from case_file where id in (?, ?)', linked);
    // The township's own inspection named as the source of its own case and of another township's (data written
    // before linked ids were checked): the other township's case must not come through the inspection.
    await connection.execute('update case_file set inspection_id = ? where id in (?, ?)', [
      ids.ownInspection,
      ...linked,
    ]);
    try {
      const query = 'query($id: ID!) { inspection(id: $id) { id cases { id townshipId } } }';
      const casesAs = async (as?: string) => {
        const res = await t.execute(query, { id: ids.ownInspection }, as ? { as } : {});
        expect(res.errors).toBeUndefined();
        return (res.data!.inspection.cases as { id: string; townshipId: string }[]).map((c) => c.id);
      };
      expect(new Set(await casesAs())).toEqual(new Set(linked));
      expect(await casesAs('township')).toEqual([ids.ownCase.id]);
      const partner = await t.execute(query, { id: ids.ownInspection }, { as: 'police' });
      expect(partner.data?.inspection ?? null).toBeNull();
      expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      for (const row of before as { id: string; inspection_id: string | null }[])
        await connection.execute('update case_file set inspection_id = ? where id = ?', [row.inspection_id, row.id]);
    }
  });

  it('lists an opinion event’s cases only as far as the caller may read cases, and to the bureau only', async () => {
    const connection = t.orm.em.fork().getConnection();
    const shared = (await t.execute('{ cases(first: 1) { nodes { id } } }', {}, { as: 'police' })).data!.cases.nodes[0]
      .id as string;
    const linked = [ids.ownCase.id, ids.foreignCase.id, shared];
    const before = await connection.execute('select id, opinion_event_id from case_file where id in (?, ?, ?)', linked);
    // Publicity's event as the source of the township's case, another township's and one shared with the police:
    // called here directly, as a caller skipping the gateway (and publicity's own scope of the event) would.
    await connection.execute('update case_file set opinion_event_id = ? where id in (?, ?, ?)', [
      'OE-SCOPE',
      ...linked,
    ]);
    try {
      const query =
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on OpinionEvent { id cases { id townshipId } } } }';
      const casesAs = async (as: string) =>
        t.execute(query, { r: [{ __typename: 'OpinionEvent', id: 'OE-SCOPE' }] }, { as });
      const officer = await casesAs('officer');
      expect(officer.errors).toBeUndefined();
      expect(new Set(officer.data!._entities[0].cases.map((c: { id: string }) => c.id))).toEqual(new Set(linked));
      const township = (await casesAs('township')).data!._entities[0].cases as { id: string; townshipId: string }[];
      expect(township.map((c) => c.id)).toContain(ids.ownCase.id);
      expect(township.map((c) => c.id)).not.toContain(ids.foreignCase.id);
      for (const c of township) expect(c.townshipId).toBe(OWN_TOWNSHIP);
      for (const outsider of ['police', 'village']) {
        const refused = await casesAs(outsider);
        expect(refused.data?._entities[0], outsider).toBeNull();
        expect(refused.errors?.[0]?.extensions?.code, outsider).toBe('FORBIDDEN');
      }
      // Nor through a case shared with them, which names the event.
      const viaCase = await t.execute(
        'query($id: ID!) { case(id: $id) { id opinionEvent { id cases { id } } } }',
        { id: shared },
        { as: 'police' },
      );
      expect(viaCase.data?.case.opinionEvent).toEqual({ id: 'OE-SCOPE', cases: null });
      expect(viaCase.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      for (const row of before as { id: string; opinion_event_id: string | null }[])
        await connection.execute('update case_file set opinion_event_id = ? where id = ?', [
          row.opinion_event_id,
          row.id,
        ]);
    }
  });

  crossWriteTests(t, CROSS_WRITES, { ids: () => ids, fingerprint: () => fingerprint(t) });

  it('takes a clue’s township from its business, refusing one sent that disagrees (in Chinese)', async () => {
    const clue = (input: Record<string, unknown>, as = 'officer') =>
      t.execute(
        'mutation($i: ClueInput!) { createClue(input: $i) { id townshipId } }',
        {
          i: {
            title: '属地测试',
            source: 'COMPLAINT',
            entityId: 'E0049',
            receivedOn: '2024-05-01',
            description: '属地测试',
            ...input,
          },
        },
        { as },
      );
    const before = await fingerprint(t);
    for (const as of ['officer', 'township']) {
      const wrong = await clue({ townshipId: '511902002' }, as);
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
      expect(wrong.errors?.[0]?.message).toBe('所填乡镇(街道)511902002 与主体 E0049 登记的乡镇(街道)511902001 不一致');
    }
    const unknown = await clue({ entityId: 'E9999' });
    expect(unknown.errors?.[0]?.message).toBe('主体 E9999 不存在或不在您的辖区内');
    const draw = await t.execute('mutation($i: RandomDrawInput!) { runDraw(input: $i) { id } }', {
      i: {
        title: '属地测试',
        drawnOn: '2024-05-01',
        populationCriteria: '属地测试',
        population: [
          { entityId: 'E0049', townshipId: OWN_TOWNSHIP },
          { entityId: 'E0050', townshipId: OWN_TOWNSHIP },
        ],
        entityCount: 1,
        inspectorsPerEntity: 2,
      },
    });
    expect(draw.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    expect(await fingerprint(t)).toEqual(before);
    const silent = await clue({}, 'township');
    expect(silent.errors).toBeUndefined();
    expect(silent.data?.createClue.townshipId).toBe(OWN_TOWNSHIP);
    const fromInspection = await t.execute(
      'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
      {
        i: {
          title: '属地测试',
          source: 'INSPECTION',
          entityId: 'E0049',
          inspectionId: ids.ownInspection,
          receivedOn: '2024-05-01',
          description: '属地测试',
        },
      },
      { as: 'township' },
    );
    // The township's own inspection, but of another business: not this case's source.
    expect(fromInspection.errors?.[0]?.extensions?.field).toBe('inspectionId');
  });
});
