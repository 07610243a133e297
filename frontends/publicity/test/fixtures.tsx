import { pageAnswer, remoteRenderer } from '@shian/remote-testing';
import { remote } from '../src/App';

/** Renders module routes under `/publicity` as the shell would, with a real client against the stub. */
export const renderInModule = remoteRenderer(remote, '/publicity');

export const articlePage = pageAnswer('articles', 'Article', (id) => ({
  title: id === '1' ? '特殊食品知多少' : `科普文章${id}`,
  kind: id === '2' ? 'RUMOUR_REFUTATION' : 'SCIENCE',
  channel: 'DAMEI_BAZHOU_APP',
  publishedAt: '2024-03-15T02:00:00.000Z',
  reach: 12000,
  author: '巴州区市场监督管理局',
  summary: '',
  url: null,
}));

export const FIGURES = {
  data: {
    workReport: {
      __typename: 'WorkReport',
      year: 2024,
      publicity: {
        __typename: 'PublicityFigures',
        posts: 56,
        reach: 480000,
        opinionEvents: 3,
        opinionEventsHandled: 3,
        outreachEvents: 12,
        materials: 12260,
      },
    },
  },
};

/** An event as the board and the list read it (`OpinionEventSummary`, and the board's `escalated`). */
export const opinionCard = (id: string, status: string) => ({
  __typename: 'OpinionEvent',
  id,
  title: `舆情${id}`,
  platform: '抖音',
  severity: 'GENERAL',
  status,
  detectedAt: '2024-09-11T00:50:00.000Z',
  escalated: false,
  entity: null,
});

/** The list's answer (one page) of these events, with the list's own fields unless a row gives them. */
export const opinionList = (rows: object[]) => ({
  data: {
    opinionEvents: {
      __typename: 'OpinionEventConnection',
      totalCount: rows.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: rows.map((row) => ({ escalatedTo: null, closedAt: null, township: null, ...row })),
    },
  },
});

/** An event's page answer; `fields` replace the event's own (its case, the cases registered from it). */
export function opinionEvent(status: string, transitions: string[], version = 3, fields: object = {}) {
  return {
    data: {
      opinionEvent: {
        __typename: 'OpinionEvent',
        id: 'OE1',
        title: '巴中某市场惊现母猪肉',
        content: '短视频称……',
        platform: '抖音',
        sourceUrl: null,
        detectedAt: '2024-04-09T02:20:00.000Z',
        severity: 'MAJOR',
        status,
        version,
        escalatedTo: null,
        caseId: null,
        case: null,
        cases: [],
        closedAt: null,
        transitions,
        entity: { __typename: 'Entity', id: 'E0049', name: '东城农贸市场百惠冻品店' },
        township: { __typename: 'Township', id: '511902001', name: '东城街道' },
        steps: [
          {
            __typename: 'OpinionEventStep',
            id: 's1',
            fromStatus: null,
            toStatus: 'DETECTED',
            at: '2024-04-09T02:20:00.000Z',
            byName: '李执法',
            note: '舆情监测发现,登记',
          },
        ],
        ...fields,
      },
    },
  };
}
