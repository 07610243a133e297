import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

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
};

/** What a partner may use, each answering with its own records only (checked one by one below). */
const SHARED_QUERIES = ['cases', 'case', 'transfers', 'transfer', 'jointOperations', 'jointOperation'];
const PARTNER_MUTATIONS = ['receiveTransfer', 'answerTransfer', 'confirmJointOperation'];

describe.each(await dialects())('partner scope on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  let ids: Ids;

  const writes = async () => {
    const res = await t.execute(
      '{ cases(first: 1) { totalCount } transfers { totalCount } jointOperations { totalCount } seizedItems { totalCount } campaigns { totalCount } inspections { totalCount } randomDraws { totalCount } }',
    );
    const c = await t.orm.em.fork().getConnection().execute('select count(*) as n from audit_entry');
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
