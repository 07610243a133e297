import { pageAnswer, remoteRenderer } from '@shian/remote-testing';
import { remote } from '../src/App';

/** Renders module routes under `/sampling` as the shell would, with a real client against the stub. */
export const renderInModule = remoteRenderer(remote, '/sampling');

export const samplePage = pageAnswer('samples', 'Sample', (id) => ({
  number: `QC2451190200${id}`,
  foodName: `豇豆${id}`,
  category: 'VEGETABLES',
  status: id === '1' ? 'UNQUALIFIED' : 'PUBLISHED',
  verdict: id === '1' ? 'UNQUALIFIED' : 'QUALIFIED',
  failureKind: id === '1' ? 'PESTICIDE_VET_RESIDUE' : null,
  sampledOn: '2024-06-03',
  lab: '巴中市食品药品检验检测中心',
  overdue: id === '1',
  focusVariety: id === '1' ? 'PRODUCE' : null,
  focusPeriod: id === '1' ? 'SUMMER_HEAT' : null,
  focusArea: id === '1' ? 'CAMPUS' : null,
  plan: {
    __typename: 'SamplingPlan',
    id: 'P2024-QC-01',
    name: '2024年巴州区食品安全监督抽检',
    level: 'DISTRICT',
  },
  entity: {
    __typename: 'Entity',
    id: 'E0060',
    name: '东城生鲜超市',
    township: { __typename: 'Township', id: '511902001', name: '东城街道' },
  },
}));

/** A sample tested and found unqualified, with no follow-up yet (`overrides` adds them). */
export function sampleDetail(id: string, overrides: Record<string, unknown> = {}) {
  return {
    data: {
      sample: {
        __typename: 'Sample',
        id,
        number: 'BZ2025-0001',
        version: 3,
        foodName: '大米',
        category: 'GRAIN_PRODUCTS',
        brand: null,
        specification: null,
        batchNumber: '20250301',
        producedOn: null,
        sampledOn: '2025-03-03',
        samplers: ['张三', '李四'],
        lab: '巴中市食品药品检验检测中心',
        status: 'UNQUALIFIED',
        verdict: 'UNQUALIFIED',
        failureKind: 'HEAVY_METAL',
        receivedOn: '2025-03-04',
        reportedOn: '2025-03-10',
        notifiedOn: '2025-03-11',
        publishedOn: null,
        backupKeptUntil: null,
        overdue: false,
        nextStatuses: [],
        focusVariety: null,
        focusPeriod: null,
        focusArea: null,
        plan: {
          __typename: 'SamplingPlan',
          id: 'P1',
          name: '2025年区级抽检计划',
          level: 'DISTRICT',
          purpose: 'SUPERVISION',
        },
        entity: {
          __typename: 'Entity',
          id: 'E0001',
          name: '某粮油店',
          township: { __typename: 'Township', id: '511902001', name: '东城街道' },
        },
        testItems: [],
        events: [],
        clocks: [],
        recheck: null,
        objections: [],
        disposal: null,
        consumerRequest: null,
        ...overrides,
      },
    },
  };
}

/** The clock rules as `DisposalRule` asks for them, 核查处置 extendable by this many days. */
export const disposalRule = (extension: number) => () => ({
  data: {
    clockRules: [
      { __typename: 'ClockRule', code: 'RECHECK', unit: 'WORKING_DAYS', extension: 0 },
      { __typename: 'ClockRule', code: 'DISPOSAL', unit: 'CALENDAR_DAYS', extension },
    ],
  },
});

/** `extendDisposal` accepted: the disposal extended, its deadline moved to this day. */
export const disposalExtended = (deadline: string) => (v: Record<string, any>) => ({
  data: {
    extendDisposal: {
      __typename: 'Disposal',
      id: v.disposalId,
      extended: true,
      clock: { __typename: 'Clock', deadline, remaining: 40, status: 'RUNNING' },
    },
  },
});
