// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { connection, pageAnswer, remoteRenderer, TOWNSHIPS } from '@shian/remote-testing';
import { remote } from '../src/App';

/** Renders module routes under `/entities` as the shell would, with a real client against the stub. */
export const renderInModule = remoteRenderer(remote, '/entities');

export const entityPage = pageAnswer('entities', 'Entity', (id) => ({
  name: `巴州区${id}号面馆`,
  creditCode: '91511902MA62D9QX1N',
  category: 'CATERING',
  status: 'OPERATING',
  riskGrade: 'B',
  address: '东城街道1号',
  legalRepresentative: '王五',
  phone: null,
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
}));

export const ENTITY_ID = 'e0c1b7d2-0000-4000-8000-000000000001';

/** An `EntityDetail` answer: one business of 东城街道, with what the test adds (assignments, visits…). */
export function entityDetail(fields: Record<string, unknown> = {}) {
  return {
    data: {
      entity: {
        __typename: 'Entity',
        id: ENTITY_ID,
        name: '巴州区老街面馆',
        creditCode: '91511902MA62D9QX1N',
        category: 'CATERING',
        status: 'OPERATING',
        address: '东城街道1号',
        legalRepresentative: '王五',
        phone: '13800000000',
        riskGrade: 'B',
        createdAt: '2025-01-02T01:00:00.000Z',
        updatedAt: '2025-03-01T01:05:09.000Z',
        township: { __typename: 'Township', id: '511902001', name: '东城街道' },
        licenses: [],
        riskAssessments: [],
        assignments: [],
        visits: [],
        samples: { __typename: 'SampleConnection', totalCount: 0, nodes: [] },
        inspections: [],
        cases: [],
        ...fields,
      },
    },
  };
}

/** The liaison's village (白鹤村 of 东城街道). */
export const VILLAGE = {
  __typename: 'Village',
  id: '511902001201',
  name: '白鹤村',
  kind: 'VILLAGE',
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
};

/** A village report of 白鹤村, as the queue and the liaison's list read it. */
export function villageReport(id: string, status: string, extra: object = {}) {
  return {
    __typename: 'VillageReport',
    id,
    kind: 'CLUE',
    entityName: `白鹤村${id}号小卖部`,
    description: '柜台上有过期的饮料',
    reporterName: '赵协管',
    receivedAt: '2026-12-01T02:00:00.000Z',
    dueOn: '2026-12-04',
    overdue: false,
    status,
    dismissReason: null,
    hazardId: null,
    caseId: null,
    triagedBy: null,
    triagedAt: null,
    version: 1,
    village: { __typename: 'Village', id: VILLAGE.id, name: VILLAGE.name },
    township: { __typename: 'Township', id: '511902001', name: '东城街道' },
    entity: null,
    photos: [],
    ...extra,
  };
}

/** A page of village reports: the whole list. */
export const villageReportConnection = (nodes: object[]) => connection('VillageReportConnection', nodes);

/**
 * What the township's queue asks before any action, for `stubGateway({ ...villageQueue(reports), … })`: the
 * townships and villages of its filters, and `reports` as the whole queue.
 */
export const villageQueue = (reports: object[], villages: object[] = []) => ({
  TownshipOptions: () => TOWNSHIPS,
  VillageOptions: () => ({ data: { villages } }),
  VillageQueue: () => ({ data: { villageReports: villageReportConnection(reports) } }),
});

/** An official as the pickers and a business's 包保 tab read them. */
export const official = (id: string, name: string, level: string) => ({
  __typename: 'Official',
  id,
  name,
  title: level === 'DISTRICT' ? '副区长' : '街道办副主任',
  level,
});

/** 陈副区长's open-ended 包保 of the business, its visit overdue since 2025-03-31. */
export const OVERDUE_ASSIGNMENT = {
  __typename: 'Assignment',
  id: 'a1',
  startsOn: '2025-01-01',
  endsOn: null,
  visitsPerYear: 4,
  lastVisitOn: null,
  nextVisitDue: '2025-03-31',
  visitOverdue: true,
  official: official('o1', '陈副区长', 'DISTRICT'),
};
