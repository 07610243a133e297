import { vi } from 'vitest';

const b64 = (value: object) => btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/=+$/, '');
const token = (claims: object) => `${b64({ alg: 'HS256' })}.${b64(claims)}.sig`;
export const officerToken = token({ sub: 'officer', name: '李执法', role: 'officer' });
export const policeToken = token({ sub: 'police', name: '公安分局联络员', role: 'partner', department: 'police' });

export interface Call {
  operationName: string;
  variables: Record<string, any>;
  query: string;
}

/** A gateway stand-in: answers each operation by name, and records what was asked. */
export function stubGateway(answers: Record<string, (variables: Record<string, any>) => object>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, any> };
      const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
      calls.push({ operationName, variables: body.variables, query: body.query });
      const answer = answers[operationName];
      const payload = answer ? answer(body.variables) : { errors: [{ message: `no stub for ${operationName}` }] };
      return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

const page = (nodes: object[], typename: string) => ({
  __typename: typename,
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  nodes,
});

export const caseRow = (id: string, overrides: object = {}) => ({
  __typename: 'Case',
  id,
  number: `巴州市监罚立〔2024〕${id}号`,
  title: `某超市涉嫌经营超过保质期的食品案${id}`,
  status: 'INVESTIGATING',
  source: 'COMPLAINT',
  receivedOn: '2024-10-01',
  filedOn: '2024-10-08',
  overdue: false,
  entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
  township: { __typename: 'Township', id: '511902002', name: '西城街道' },
  transfer: null,
  ...overrides,
});

export const casePage = (rows: object[]) => ({ data: { cases: page(rows, 'CaseConnection') } });

export const transferPage = (department: string) => ({
  data: {
    transfers: page(
      [
        {
          __typename: 'Transfer',
          id: 'T1',
          department,
          kind: 'CRIMINAL',
          transferredOn: '2026-11-27',
          reason: '涉嫌假冒注册商标罪',
          status: 'SENT',
          receivedOn: null,
          receiptNumber: null,
          outcome: null,
          answeredOn: null,
          answerClock: null,
          case: {
            __typename: 'Case',
            id: 'C1',
            number: null,
            title: '某酒坊涉嫌销售假冒白酒案',
            entity: { __typename: 'Entity', id: 'E0400', name: '恒丰酿酒坊' },
          },
        },
      ],
      'TransferConnection',
    ),
  },
});

export const operationPage = () => ({ data: { jointOperations: page([], 'JointOperationConnection') } });
