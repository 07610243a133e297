// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  connection,
  expectNotPrinted,
  expectPrinted,
  policeToken,
  printedCell,
  printViews,
  stubGateway,
} from '@shian/remote-testing';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModulePageRoutes } from '@shian/remote-kit';
import { PAGES } from '../src/routes';
import { renderInModule } from './fixtures';

// The module's own routes, so the print routes are the ones the module declares.
const { open, print } = printViews(renderInModule, <ModulePageRoutes table={PAGES} />, '/enforcement');

const CASE = {
  __typename: 'Case',
  id: 'C1',
  number: '巴州市监罚立〔2024〕7号',
  title: '某超市涉嫌经营超过保质期的食品案',
  source: 'COMPLAINT',
  status: 'DECIDED',
  description: '群众举报货架上有过期食品。',
  violations: ['EXPIRED'],
  legalBasis: '《中华人民共和国食品安全法》第三十四条',
  referredBy: null,
  receivedOn: '2024-10-01',
  filedOn: '2024-10-08',
  decidedOn: '2024-12-02',
  closedOn: null,
  closingNote: null,
  entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
  township: { __typename: 'Township', id: '511902002', name: '西城街道' },
  officers: [
    { __typename: 'Inspector', id: 'I1', name: '李执法' },
    { __typename: 'Inspector', id: 'I2', name: '王明' },
  ],
  penalty: {
    __typename: 'Penalty',
    id: 'P1',
    decisionNumber: '巴州市监罚〔2024〕12号',
    kinds: ['WARNING', 'FINE'],
    fine: 12500,
    confiscatedGains: 0,
    paidOn: null,
    publishedOn: null,
  },
  timeline: [
    { __typename: 'CaseStep', status: 'FILED', label: '立案', on: '2024-10-08', note: null },
    { __typename: 'CaseStep', status: 'DECIDED', label: '处罚决定', on: '2024-12-02', note: '警告并罚款' },
  ],
};

const INSPECTION = {
  __typename: 'Inspection',
  id: 'INS-9',
  inspectedOn: '2024-06-11',
  kind: 'ROUTINE',
  verdict: 'BASICALLY_COMPLIANT',
  findings: '冷藏柜温度记录缺两日;其余符合要求。',
  rectificationDeadline: '2024-06-25',
  rectifiedOn: null,
  publishedOn: '2024-06-20',
  entity: {
    __typename: 'Entity',
    id: 'E0050',
    name: '万家超市',
    address: '巴州区江北大道188号',
    legalRepresentative: '陈万家',
    phone: null,
  },
  township: { __typename: 'Township', id: '511902002', name: '西城街道' },
  inspectors: [
    { __typename: 'Inspector', id: 'I1', name: '李执法', badgeNumber: '51190201001' },
    { __typename: 'Inspector', id: 'I2', name: '王明', badgeNumber: '51190201002' },
  ],
  campaign: null,
};

describe('案件 print view', () => {
  it('fills the case sheet from the record, leaves what it lacks blank, and prints once it has loaded', async () => {
    const calls = stubGateway({ CaseDetail: () => ({ data: { case: CASE } }) });
    open('/cases/C1/print');
    await expectPrinted(print, '行政处罚案件登记表', {
      当事人: '万家超市',
      案由: '某超市涉嫌经营超过保质期的食品案',
      立案日期: '2024-10-08',
      承办人: '李执法、王明',
      办理状态: '决定',
      违法行为: '经营超过保质期的食品',
      处罚决定书文号: '巴州市监罚〔2024〕12号',
      处罚种类: '警告、罚款',
      罚款: '12,500 元',
      没收违法所得: '',
      结案日期: '',
    });
    const sheet = screen.getByRole('article', { name: '行政处罚案件登记表' });
    expect(sheet.textContent).toContain('案件编号:巴州市监罚立〔2024〕7号');
    const steps = within(screen.getByRole('table', { name: '办理经过' })).getAllByRole('row');
    expect(steps.map((row) => row.textContent)).toEqual([
      '环节日期说明',
      '立案2024-10-08',
      '处罚决定2024-12-02警告并罚款',
    ]);
    // The case page's own query: from the page, the sheet comes out of the cache.
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([['CaseDetail', { id: 'C1', bureau: true }]]);
    // The module's menu is still on screen; the print CSS leaves it off the paper.
    expect(screen.getByRole('menu', { name: '执法办案' })).toBeTruthy();
  });

  it('shows a partner the server’s refusal of a case not shared with it, not a blank form', async () => {
    const calls = stubGateway({
      CaseDetail: () => ({
        data: { case: null },
        errors: [{ message: '该案件未移送本单位,无权查看', path: ['case'], extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    open('/cases/C1/print', policeToken);
    await expectNotPrinted(print, '该案件未移送本单位,无权查看');
    expect(screen.getByText('无权访问')).toBeTruthy();
    // A partner's query leaves out the bureau's own parts of the case, as its page does.
    expect(calls[0]!.variables).toEqual({ id: 'C1', bureau: false });
  });
});

describe('现场检查笔录 print view', () => {
  it('fills the record from the inspection and prints once it has loaded', async () => {
    const calls = stubGateway({ InspectionPrint: () => ({ data: { inspection: INSPECTION } }) });
    open('/inspections/INS-9/print');
    await expectPrinted(print, '现场检查笔录', {
      检查对象: '万家超市',
      地址: '巴州区江北大道188号',
      检查时间: '2024-06-11',
      检查人员: '李执法(执法证号 51190201001)、王明(执法证号 51190201002)',
      检查内容与结果: '冷藏柜温度记录缺两日;其余符合要求。',
      检查结论: '基本符合',
      联系电话: '',
      整改完成日期: '',
    });
    expect(screen.getAllByText('被检查单位负责人:')).toHaveLength(1);
    expect(calls[0]!.variables).toEqual({ id: 'INS-9' });
  });

  it('is opened from the inspections list, one 打印 per row', async () => {
    const calls = stubGateway({
      InspectionList: () => ({
        data: {
          inspections: connection('InspectionConnection', [
            {
              ...INSPECTION,
              rectificationOverdue: false,
              entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
              inspectors: INSPECTION.inspectors.map(({ badgeNumber: _, ...rest }) => rest),
              publicationClock: { __typename: 'EnforcementClock', status: 'DONE', remaining: 0, period: 20 },
            },
          ]),
        },
      }),
      InspectionPrint: () => ({ data: { inspection: INSPECTION } }),
    });
    open('/inspections');
    const printButton = await screen.findByRole('button', { name: '打印' });
    await act(async () => fireEvent.click(printButton));
    expect(await printedCell('检查对象')).toBe('万家超市');
    expect(calls.at(-1)!.variables).toEqual({ id: 'INS-9' });
  });
});
