import { remoteRenderer, rowFactory, testToken } from '@shian/remote-testing';
import { remote } from '../src/App';

export const leaderToken = testToken({ sub: 'admin', name: '王局长', role: 'leader' });

/** Renders module routes under `/risk` as the shell would, with a real client against the stub. */
export const renderInModule = remoteRenderer(remote, '/risk');

const township = { __typename: 'Township', id: '511902001', name: '东城街道' };

export const riskRow = rowFactory('Risk', (id) => ({
  code: `FX-2025-00${id}`,
  title: `农村集体聚餐食物中毒风险${id}`,
  category: 'RURAL_BANQUET',
  likelihood: 4,
  severity: 5,
  level: 'MAJOR',
  status: 'ACTIVE',
  ownerDepartment: '区市场监督管理局',
  reviewDate: '2025-12-31',
  townships: [township],
  owner: { __typename: 'Official', id: 'O1', name: '赵副区长' },
}));

export const clock = (overrides: object = {}) => ({
  __typename: 'DutyClock',
  deadline: '2025-06-30',
  remaining: 12,
  status: 'RUNNING',
  overdue: false,
  calendarNote: null,
  ...overrides,
});

export const dutyRow = rowFactory('Duty', (id) => ({
  code: `ZR-2025-00${id}`,
  task: `开展农村集体聚餐备案指导${id}`,
  basis: '《四川省农村自办群体性宴席食品安全管理办法》',
  ownerKind: 'TOWNSHIP',
  ownerDepartment: null,
  township,
  owner: null,
  dueDate: '2025-06-30',
  frequency: 'ONCE',
  status: 'PENDING',
  evidence: null,
  completedAt: null,
  version: 2,
  risk: { __typename: 'Risk', id: '1', code: 'FX-2025-001', title: '农村集体聚餐食物中毒风险' },
  consultation: null,
  drill: null,
  clock: clock(),
}));

export const MATRIX = {
  data: {
    riskMatrix: {
      __typename: 'RiskMatrix',
      likelihoods: 5,
      severities: 5,
      // The default: score = likelihood × severity, 1–4 LOW, 5–9 GENERAL, 10–16 HIGH, 20–25 MAJOR.
      cells: [1, 2, 3, 4, 5].map((l) =>
        [1, 2, 3, 4, 5].map((s) => {
          const score = l * s;
          return score <= 4 ? 'LOW' : score <= 9 ? 'GENERAL' : score <= 16 ? 'HIGH' : 'MAJOR';
        }),
      ),
      updatedAt: null,
    },
  },
};

export const incident = (overrides: object = {}) => ({
  __typename: 'Incident',
  id: 'I1',
  code: 'SJ-2025-001',
  title: '某村集体聚餐疑似食物中毒事件',
  kind: 'FOOD_POISONING',
  level: 'IV',
  occurredAt: '2025-05-03T04:30:00.000Z',
  receivedAt: '2025-05-03T05:00:00.000Z',
  place: '东城街道某村',
  affected: 12,
  reportedAt: '2025-05-03T08:10:00.000Z',
  responseDepartments: ['区卫生健康局'],
  currentStep: 'RESPONSE_STARTED',
  version: 4,
  township,
  entity: null,
  timeline: [
    {
      __typename: 'IncidentTimelineEntry',
      step: 'RECEIVED',
      at: '2025-05-03T05:00:00.000Z',
      note: '村医电话报告',
      by: '李执法',
    },
    { __typename: 'IncidentTimelineEntry', step: 'VERIFIED', at: '2025-05-03T06:00:00.000Z', note: null, by: '李执法' },
    {
      __typename: 'IncidentTimelineEntry',
      step: 'RESPONSE_STARTED',
      at: '2025-05-03T06:30:00.000Z',
      note: '启动Ⅳ级响应',
      by: '王局长',
    },
  ],
  reportClock: {
    __typename: 'IncidentReportClock',
    deadline: '2025-05-03T07:00:00.000Z',
    hoursAllowed: 2,
    reportedAt: '2025-05-03T08:10:00.000Z',
    missed: true,
    status: 'LATE',
    remainingMinutes: null,
    source: '《食品安全事故应急预案》:Ⅲ、Ⅳ级事件接报后2小时内报告',
  },
  samples: [],
  cases: [{ __typename: 'Case', id: 'C7', number: '巴州市监罚立〔2025〕7号', title: '某厨师涉嫌加工腐败变质食品案' }],
  ...overrides,
});
