// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNextPage, expectNotSent, stubGateway, testToken } from '@shian/remote-testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntityPage } from '../src/pages/EntityPage';
import { ENTITY_ID, entityDetail, renderInModule } from './fixtures';

const leaderToken = testToken({ sub: 'leader', name: '赵局长', role: 'leader' });
const ID = ENTITY_ID;
const ENTITY = entityDetail();

const actor = (username: string, name: string, role: string) => ({
  __typename: 'AuditActor',
  username,
  name,
  role,
  department: null,
});

function row(id: string, at: string, fields: Record<string, unknown>) {
  return {
    __typename: 'AuditRecord',
    id,
    at,
    recordType: 'Entity',
    recordId: ID,
    parentId: null,
    operation: null,
    action: null,
    cursor: `c-${id}`,
    changes: [],
    ...fields,
  };
}

const change = (field: string, from: string | null, to: string | null) => ({
  __typename: 'AuditChange',
  field,
  label: null,
  from,
  to,
});

function trail(nodes: object[], hasNextPage: boolean) {
  return {
    data: {
      auditTrail: {
        __typename: 'AuditTrail',
        entities: {
          __typename: 'AuditPage',
          nodes,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage,
            endCursor: hasNextPage ? (nodes.at(-1) as any).cursor : null,
          },
        },
      },
    },
  };
}

const FIRST = trail(
  [
    row('r3', '2025-03-01T01:05:09.000Z', {
      kind: 'READ',
      operation: 'entity',
      actor: actor('leader', '赵局长', 'leader'),
      changes: [change('phone', null, null)],
    }),
    row('r2', '2025-02-28T16:30:00.000Z', {
      kind: 'UPDATE',
      operation: 'updateEntity',
      actor: actor('township1', '孙监管', 'township'),
      changes: [change('phone', '13900000000', '13800000000'), change('passwordHash', '〔已隐藏〕', '〔已隐藏〕')],
    }),
  ],
  true,
);
const SECOND = trail(
  [
    row('r1', '2025-01-02T01:00:00.000Z', {
      kind: 'CREATE',
      operation: 'createEntity',
      actor: actor('officer', '李执法', 'officer'),
      changes: [change('name', null, '巴州区老街面馆')],
    }),
  ],
  false,
);

describe('the business’s 操作记录 tab', () => {
  it('shows a leader the record’s rows newest first, in Beijing time, with who, what and the changes, paged', async () => {
    const calls = stubGateway({
      EntityDetail: () => ENTITY,
      EntityAuditTrail: (v) => (v.after ? SECOND : FIRST),
    });
    render(renderInModule(<EntityPage />, { path: `/entities/${ID}`, route: '/entities/:id', token: leaderToken }));
    const tab = await screen.findByRole('tab', { name: '操作记录' });
    await act(async () => fireEvent.click(tab));
    const table = await screen.findByRole('table', { name: '操作记录' });
    const rows = await within(table).findAllByRole('row');
    // The header, then the two rows of the first page, newest first.
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('2025-03-01 09:05:09')).toBeTruthy();
    expect(within(rows[1]).getByText('查阅个人信息')).toBeTruthy();
    expect(within(rows[1]).getByText('查阅:联系电话')).toBeTruthy();
    expect(within(rows[1]).getByText('局领导')).toBeTruthy();
    // 16:30 UTC is past midnight in Beijing: the next day.
    expect(within(rows[2]).getByText('2025-03-01 00:30:00')).toBeTruthy();
    expect(within(rows[2]).getByText('孙监管')).toBeTruthy();
    expect(within(rows[2]).getByText('乡镇(街道)监管员')).toBeTruthy();
    expect(within(rows[2]).getByText('修改')).toBeTruthy();
    expect(within(rows[2]).getByText('联系电话:13900000000 → 13800000000')).toBeTruthy();
    expect(within(rows[2]).getByText('passwordHash:〔已隐藏〕 → 〔已隐藏〕')).toBeTruthy();

    const first = calls.find((c) => c.operationName === 'EntityAuditTrail')!;
    // The id only: a recordType would leave out its licences', grades' and visits' rows (their parentId is the business).
    expect(first.variables).toEqual({ filter: { recordId: ID }, first: 20, after: null });

    await expectNextPage(calls, 'EntityAuditTrail', '主体名称:巴州区老街面馆', { after: 'c-r2' });
    expect(screen.getByText('新建')).toBeTruthy();
    expect(screen.getByText('执法人员')).toBeTruthy();
  });

  it('shows a leader the refusal in Chinese when the request fails', async () => {
    stubGateway({
      EntityDetail: () => ENTITY,
      EntityAuditTrail: () => ({
        data: null,
        errors: [{ message: '操作记录仅限局领导查阅', extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    render(renderInModule(<EntityPage />, { path: `/entities/${ID}`, route: '/entities/:id', token: leaderToken }));
    const tab = await screen.findByRole('tab', { name: '操作记录' });
    await act(async () => fireEvent.click(tab));
    expect(await screen.findByText('操作记录仅限局领导查阅')).toBeTruthy();
  });

  it('is not offered to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ EntityDetail: () => ENTITY });
    render(renderInModule(<EntityPage />, { path: `/entities/${ID}`, route: '/entities/:id' }));
    expect(await screen.findByRole('tab', { name: /许可证/ })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '操作记录' })).toBeNull();
    expectNotSent(calls, 'EntityAuditTrail');
  });
});

describe('what the other modules hold of the business', () => {
  const sample = (id: string, number: string, status: string, verdict: string | null) => ({
    __typename: 'Sample',
    id,
    number,
    foodName: '小麦粉',
    sampledOn: '2024-06-03',
    status,
    verdict,
  });

  it('shows its samples, inspections and cases, each linking to its own module’s page under the shell', async () => {
    stubGateway({
      EntityDetail: () =>
        entityDetail({
          samples: {
            __typename: 'SampleConnection',
            totalCount: 23,
            nodes: [
              sample('S1', 'QC2024001', 'UNQUALIFIED', 'UNQUALIFIED'),
              sample('S2', 'QC2024002', 'TESTING', null),
            ],
          },
          inspections: [
            {
              __typename: 'Inspection',
              id: 'INS-1',
              inspectedOn: '2024-05-01',
              kind: 'ROUTINE',
              verdict: 'NON_COMPLIANT',
              rectificationDeadline: '2024-05-15',
              rectifiedOn: null,
            },
          ],
          cases: [
            {
              __typename: 'Case',
              id: 'C1',
              number: null,
              title: '涉嫌经营超过保质期的食品',
              status: 'CLUE',
              receivedOn: '2024-06-10',
            },
          ],
        }),
    });
    render(renderInModule(<EntityPage />, { path: `/entities/${ID}`, route: '/entities/:id' }));

    const samplesTab = await screen.findByRole('tab', { name: '抽检(23)' });
    await act(async () => fireEvent.click(samplesTab));
    expect(screen.getByText('最近 2 批次,共 23 批次')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'QC2024001' }).getAttribute('href')).toBe('/sampling/S1');
    expect(within(screen.getByRole('row', { name: /QC2024001/ })).getAllByText('不合格')).toHaveLength(2);
    expect(within(screen.getByRole('row', { name: /QC2024002/ })).getByText('检验中')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('tab', { name: '监督检查(1)' })));
    const inspection = screen.getByRole('row', { name: /2024-05-01/ });
    expect(within(inspection).getByText('日常检查')).toBeTruthy();
    expect(within(inspection).getByText('不符合')).toBeTruthy();
    expect(within(inspection).getByRole('link', { name: '2024-05-01' }).getAttribute('href')).toBe(
      '/enforcement/inspections/INS-1',
    );

    await act(async () => fireEvent.click(screen.getByRole('tab', { name: '案件(1)' })));
    expect(screen.getByRole('link', { name: '涉嫌经营超过保质期的食品' }).getAttribute('href')).toBe(
      '/enforcement/cases/C1',
    );
    expect(screen.getByText('(线索)')).toBeTruthy();
  });

  it('says a part is unavailable when its subgraph did not answer, never that there is none', async () => {
    stubGateway({
      EntityDetail: () => ({
        ...entityDetail({ samples: null }),
        errors: [{ message: '抽检监测暂不可用', path: ['entity', 'samples'], extensions: { code: 'UNAVAILABLE' } }],
      }),
    });
    render(renderInModule(<EntityPage />, { path: `/entities/${ID}`, route: '/entities/:id' }));
    const samplesTab = await screen.findByRole('tab', { name: '抽检(—)' });
    await act(async () => fireEvent.click(samplesTab));
    expect(screen.getByText('暂不可用')).toBeTruthy();
    expect(screen.queryByText('暂无抽检记录')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: '案件(0)' })));
    expect(screen.getByText('暂无案件')).toBeTruthy();
  });
});
