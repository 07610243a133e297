import type { SummaryDetails, WorkReportData } from '../src';

/** The 2024 figures of docs/domain.md#the-2024-figures, shaped as the gateway answers them. */
export const REPORT_2024: WorkReportData = {
  year: 2024,
  responsibility: { leaders: 12, entitiesCovered: 45 },
  supervision: { townshipsCovered: 22, promptLetters: 12, batches: 4 },
  riskGrading: { gradedShare: 1, licensed: 310, graded: 310, byTownship: Array(22).fill({}) },
  sampling: {
    batches: 1847,
    unqualified: 52,
    infantFormulaBatches: 90,
    infantFormulaCoverage: 1,
    disposalsCompleted: 52,
    byLevel: [
      { level: 'NATIONAL', batches: 300 },
      { level: 'PROVINCIAL', batches: 400 },
      { level: 'CITY', batches: 500 },
      { level: 'DISTRICT', batches: 647 },
    ],
  },
  enforcement: {
    casesFiled: 119,
    casesTransferred: 4,
    rectifications: 12,
    campaigns: 4,
    jointOperations: 6,
    // The complaints register's year (not a figure of docs/domain.md#the-2024-figures): every one of them handled.
    complaintsReceived: 34,
    complaintsByKind: [
      { kind: 'COMPLAINT', count: 21 },
      { kind: 'REPORT', count: 13 },
    ],
    complaintsByChannel: [
      { channel: 'PLATFORM_12315', count: 18 },
      { channel: 'PHONE', count: 9 },
      { channel: 'LETTER', count: 0 },
      { channel: 'VISIT', count: 2 },
      { channel: 'ONLINE', count: 5 },
    ],
    complaintsByOutcome: [
      { outcome: 'PENDING', count: 0 },
      { outcome: 'REFUSED', count: 3 },
      { outcome: 'MEDIATED', count: 8 },
      { outcome: 'REFERRED', count: 7 },
      { outcome: 'ANSWERED', count: 16 },
    ],
  },
  training: {
    sessions: 13,
    participants: 2000,
    assessmentBatches: 580,
    workshopsUpgraded: 295,
    byAudience: [
      { audience: 'SMALL_WORKSHOP', sessions: 5 },
      { audience: 'SCHOOL_CANTEEN', sessions: 4 },
      { audience: 'ONLINE_CATERING', sessions: 3 },
      { audience: 'COLLECTIVE_DINING', sessions: 1 },
    ],
  },
  publicity: { posts: 56, opinionEvents: 3, outreachEvents: 12, materials: 12_260, opinionEventsHandled: 3 },
};

export const DETAILS_2024: SummaryDetails = {
  campaigns: ['2024年"春雷"行动', '2024年"铁拳"行动', '"三小"专项执法行动', '"强基"行动'],
  rectifications: [
    '桶装饮用水专项治理',
    '食品生产小作坊专项治理',
    '制止餐饮浪费专项治理',
    '集中用餐单位食品安全专项治理',
  ],
  articles: ['特殊食品知多少', '如何应对食品安全网络谣言', '预防有毒野生菌'],
  channels: ['大美巴州App', '巴州新闻网'],
  opinionEvents: ['巴中某市场惊现母猪肉', '展销会上用里脊肉冒充牛肉'],
  weekTheme: '诚信尚俭 共享食安',
  activities: ['保健食品进社区', '食安科普进课堂', '诚信教育进企业'],
};

/** Every figure of docs/domain.md#the-2024-figures, inside the phrase of the draft that carries it. */
export const TABLE_2024_PHRASES = [
  '12名区级领导',
  '包保45家',
  '22个乡镇(街道)',
  '提示函12份',
  '分级率100%',
  '抽检监测共1847批次',
  '“批批检”',
  '专项治理12项',
  '立案119件',
  '移送起诉4件',
  '培训13次',
  '从业人员2000人',
  '考核580批次',
  '295家小作坊',
  '信息56条',
  '负面舆情3条',
  '线下宣传活动12次',
  '12000余份',
];

/** A year of the risk domain as services/risk answers `WorkReport.risk` (demo-sized, figures all distinct). */
export const RISK: NonNullable<WorkReportData['risk']> = {
  risksByLevel: [
    { level: 'LOW', count: 7 },
    { level: 'GENERAL', count: 6 },
    { level: 'HIGH', count: 3 },
    { level: 'MAJOR', count: 2 },
  ],
  risks: 18,
  duties: 41,
  dutiesDone: 29,
  dutiesOverdue: 5,
  hazardsFound: 61,
  hazardsRectified: 54,
  consultations: 4,
  incidentsByLevel: [
    { level: 'IV', count: 2 },
    { level: 'III', count: 1 },
  ],
  incidents: 3,
  drills: 2,
};
