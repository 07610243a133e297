import type { ClockRule } from '@shian/clock';

/**
 * The enforcement domain's statutory time limits (docs/domain.md#statutory-clocks), as data for @shian/clock. The
 * figures are the regulations'; where a newer text changes one, change it here and say so in the commit.
 */
export enum ClockCode {
  CASE_FILING = 'CASE_FILING',
  CASE_DECISION = 'CASE_DECISION',
  DECISION_SERVICE = 'DECISION_SERVICE',
  PENALTY_PUBLICATION = 'PENALTY_PUBLICATION',
  INSPECTION_PUBLICATION = 'INSPECTION_PUBLICATION',
  TRANSFER_ANSWER = 'TRANSFER_ANSWER',
  SEIZURE = 'SEIZURE',
}

export const CLOCK_RULES: Readonly<Record<ClockCode, ClockRule>> = {
  CASE_FILING: {
    code: ClockCode.CASE_FILING,
    name: '立案期限',
    unit: 'WORKING_DAYS',
    amount: 15,
    extension: 15,
    endsOnWorkingDay: true,
    source:
      '市场监督管理行政处罚程序规定第十八条至第二十条(15个工作日,经批准延长15个工作日;检测、检验、鉴定等时间不计入)',
  },
  CASE_DECISION: {
    code: ClockCode.CASE_DECISION,
    name: '处罚决定期限',
    unit: 'CALENDAR_DAYS',
    amount: 90,
    extension: 30,
    endsOnWorkingDay: true,
    source: '市场监督管理行政处罚程序规定(自立案起90日,经批准延长30日;听证、公告、检测检验鉴定等时间不计入)',
  },
  DECISION_SERVICE: {
    code: ClockCode.DECISION_SERVICE,
    name: '决定书送达期限',
    unit: 'CALENDAR_DAYS',
    amount: 7,
    extension: 0,
    endsOnWorkingDay: true,
    source: '中华人民共和国行政处罚法(2021)第六十一条',
  },
  PENALTY_PUBLICATION: {
    code: ClockCode.PENALTY_PUBLICATION,
    name: '处罚信息公示期限',
    unit: 'WORKING_DAYS',
    amount: 20,
    extension: 0,
    endsOnWorkingDay: true,
    source: '市场监督管理行政处罚信息公示规定(市场监管总局令第45号)',
  },
  INSPECTION_PUBLICATION: {
    code: ClockCode.INSPECTION_PUBLICATION,
    name: '检查结果公开期限',
    unit: 'WORKING_DAYS',
    amount: 20,
    extension: 0,
    endsOnWorkingDay: true,
    source: '食品生产经营监督检查管理办法(市场监管总局令第49号)第三十九条',
  },
  TRANSFER_ANSWER: {
    code: ClockCode.TRANSFER_ANSWER,
    name: '接收部门答复期限',
    unit: 'CALENDAR_DAYS',
    amount: 3,
    extension: 0,
    endsOnWorkingDay: false,
    source: '行政执法机关移送涉嫌犯罪案件的规定第八条(自接受移送之日起3日内审查决定是否立案)',
  },
  SEIZURE: {
    code: ClockCode.SEIZURE,
    name: '查封扣押期限',
    unit: 'CALENDAR_DAYS',
    amount: 30,
    extension: 30,
    endsOnWorkingDay: true,
    source: '市场监督管理行政处罚程序规定(查封、扣押不超过30日,情况复杂的经批准延长不超过30日)',
  },
};

export const clockRule = (code: ClockCode): ClockRule => CLOCK_RULES[code];
