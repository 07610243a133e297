import { describe, expect, it } from 'vitest';
import { chinaDay, freshClue, freshTransfer } from '../harness/enforcement';
import { codes, data, gql } from '../harness/graphql';

const officer = { as: 'officer' };
const police = { as: 'police' };
const education = { as: 'education' };

describe('enforcement through the gateway', () => {
  it('counts 2024 from the records: 119 cases filed, 4 transferred for prosecution, 12 rectifications', async () => {
    const result = await data(
      officer,
      '{ workReport(year: 2024) { year enforcement { casesFiled casesTransferred rectifications } } cases(filter: { year: 2024, filed: true }) { totalCount } }',
    );
    expect(result.workReport.enforcement).toEqual({ casesFiled: 119, casesTransferred: 4, rectifications: 12 });
    expect(result.cases.totalCount).toBe(119);
  });

  it('answers cases as docs/api.md#core-queries says, each with its entity from the entities subgraph', async () => {
    const { cases } = await data(
      officer,
      '{ cases(first: 100, filter: { year: 2024, filed: true }) { totalCount nodes { id title status entity { id name township { id name } } township { id } transfer { department } } } }',
    );
    expect(cases.nodes).toHaveLength(100);
    for (const node of cases.nodes) {
      expect(node.entity.name, node.entity.id).toMatch(/[\u4e00-\u9fa5]/);
      expect(node.entity.township.id).toBe(node.township.id);
    }
    expect(cases.nodes.filter((n: { transfer: unknown }) => n.transfer).length).toBeGreaterThan(0);
    // And the other way: an entity of the register with the cases enforcement holds on it.
    const sampling = await data(
      officer,
      '{ case(id: "CASE-DP000001") { id entity { id name cases { id } } disposal { id } } }',
    );
    expect(sampling.case.disposal.id).toBe('DP000001');
    expect(sampling.case.entity.cases.map((c: { id: string }) => c.id)).toContain('CASE-DP000001');
  });

  it("combines the case file's party name with the register's other fields for the bureau", async () => {
    const { cases } = await data(
      officer,
      '{ cases(first: 20, filter: { transferredTo: POLICE }) { nodes { entity { id name creditCode legalRepresentative } } } }',
    );
    expect(cases.nodes.length).toBeGreaterThan(0);
    const ids = cases.nodes.map((n: { entity: { id: string } }) => n.entity.id);
    const { entities } = await data(
      officer,
      'query ($ids: [ID!]!) { entities(filter: { ids: $ids }, first: 100) { nodes { id name creditCode } } }',
      { ids },
    );
    const register = new Map(entities.nodes.map((e: { id: string }) => [e.id, e]));
    for (const { entity } of cases.nodes) {
      expect(entity.creditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
      expect(entity.legalRepresentative).toBeTruthy();
      expect(entity).toMatchObject(register.get(entity.id) as object);
    }
    // A partner gets the same name from the case file alone: nothing is asked of the register on its behalf.
    const shared = await gql(police, '{ cases(first: 20) { nodes { entity { id name } } } }');
    expect(shared.errors).toBeUndefined();
  });

  it('links each 2024 disposal that filed a case to that case, both ways (Disposal.case ↔ Case.disposal)', async () => {
    const { disposals } = await data(
      officer,
      '{ disposals(first: 100, filter: { year: 2024, action: FILE_CASE }) { totalCount nodes { id case { id number status disposal { id } } } } }',
    );
    expect(disposals.totalCount).toBeGreaterThan(0);
    for (const node of disposals.nodes) {
      expect(node.case, node.id).not.toBeNull();
      expect(node.case.id).toBe(`CASE-${node.id}`);
      expect(node.case.disposal.id).toBe(node.id);
      expect(node.case.number).toBeTruthy();
    }
  });

  it('shows police some cases but not all, and nothing else of the platform', async () => {
    const all = (await data(officer, '{ cases { totalCount } }')).cases.totalCount;
    const { cases } = await data(
      police,
      '{ cases(first: 100) { totalCount nodes { id transfer { department } entity { name } } } }',
    );
    expect(cases.totalCount).toBeGreaterThan(0);
    expect(cases.totalCount).toBeLessThan(all);
    for (const node of cases.nodes) {
      expect(node.transfer.department).toBe('POLICE');
      expect(node.entity.name).toMatch(/[\u4e00-\u9fa5]/);
    }
    for (const query of [
      '{ entities { totalCount } }',
      '{ samples { totalCount } }',
      '{ workReport(year: 2024) { enforcement { casesFiled } } }',
      '{ workReport(year: 2024) { sampling { batches } } }',
      '{ inspections { totalCount } }',
    ]) {
      const result = await gql(police, query);
      expect(codes(result), query).toContain('FORBIDDEN');
    }
    const own = await data(education, '{ cases(first: 100) { nodes { id } } }');
    const policeIds = new Set(cases.nodes.map((n: { id: string }) => n.id));
    expect(own.cases.nodes.filter((n: { id: string }) => policeIds.has(n.id))).toEqual([]);
    const read = await gql(education, 'query ($id: ID!) { case(id: $id) { id } }', { id: cases.nodes[0].id });
    expect(codes(read)).toEqual(['FORBIDDEN']);
  });

  it('refuses a partner’s write outside its scope, writing nothing', async () => {
    const { caseId, transferId } = await freshTransfer('EDUCATION', '根测试:移送教育部门的线索');
    const receipt = { transferId, receivedOn: chinaDay(), receiptNumber: '越权回执', receivedBy: '公安' };
    const result = await gql(police, 'mutation ($i: TransferReceiptInput!) { receiveTransfer(input: $i) { id } }', {
      i: receipt,
    });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    const clue = await gql(police, 'mutation ($i: CaseUpdateInput!) { updateCase(input: $i) { id } }', {
      i: { caseId, version: 1, title: '越权修改' },
    });
    expect(codes(clue)).toEqual(['FORBIDDEN']);
    const after = await data(
      officer,
      'query ($id: ID!) { case(id: $id) { title transfer { status receiptNumber } history { action } } }',
      { id: caseId },
    );
    expect(after.case.transfer).toEqual({ status: 'SENT', receiptNumber: null });
    expect(after.case.title).toBe('根测试:移送教育部门的线索');
    expect(after.case.history.map((h: { action: string }) => h.action)).not.toContain('接收部门签收');
  });

  it('shows the bureau the receipt police wrote on a transfer', async () => {
    const { caseId, transferId } = await freshTransfer('POLICE', '根测试:涉嫌销售假冒白酒案');
    const receipt = {
      transferId,
      receivedOn: chinaDay(),
      receiptNumber: '巴公(食药环)受字〔根测试〕1号',
      receivedBy: '食药环侦大队',
    };
    await data(police, 'mutation ($i: TransferReceiptInput!) { receiveTransfer(input: $i) { id } }', { i: receipt });
    const seen = await data(
      officer,
      'query ($id: ID!) { case(id: $id) { transfer { status receiptNumber receivedBy } history { action username } } }',
      { id: caseId },
    );
    expect(seen.case.transfer).toEqual({
      status: 'RECEIVED',
      receiptNumber: receipt.receiptNumber,
      receivedBy: '食药环侦大队',
    });
    expect(seen.case.history.at(-1)).toEqual({ action: '接收部门签收', username: 'police' });
  });

  it('lets one of two concurrent edits of a case win; the other is a conflict and the history shows one', async () => {
    const record = await freshClue('根测试:并发修改的线索');
    const edit = (title: string) =>
      gql(officer, 'mutation ($i: CaseUpdateInput!) { updateCase(input: $i) { id version title } }', {
        i: { caseId: record.id, version: record.version, title },
      });
    const results = await Promise.all([edit('根测试:甲的修改'), edit('根测试:乙的修改')]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const lost = results.find((r) => r.errors)!;
    expect(codes(lost)).toEqual(['CONFLICT']);
    expect(lost.errors![0]!.message).toMatch(/已被他人修改/);
    const now = await data(officer, 'query ($id: ID!) { case(id: $id) { title version history { action } } }', {
      id: record.id,
    });
    expect(now.case.version).toBe(record.version + 1);
    expect(now.case.history.filter((h: { action: string }) => h.action === '修改案件信息')).toHaveLength(1);
    expect(results.find((r) => !r.errors)!.data!.updateCase.title).toBe(now.case.title);
  });
});
