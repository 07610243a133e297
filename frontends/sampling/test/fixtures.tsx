import { createClient, GraphQLProvider } from '@shian/graphql-client';
import { ShianUiProvider } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from '@shian/router';
import { vi } from 'vitest';
import { ModuleContext, moduleContextValue } from '../src/module';

const b64 = (value: object) => btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/=+$/, '');
export const officerToken = `${b64({ alg: 'HS256' })}.${b64({ sub: 'officer', name: '李执法', role: 'officer' })}.sig`;

export interface Call {
  operationName: string;
  variables: Record<string, any>;
}

/** A gateway stand-in: answers each operation by name, and records what was asked. */
export function stubGateway(answers: Record<string, (variables: Record<string, any>) => object>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, any> };
      const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
      calls.push({ operationName, variables: body.variables });
      const answer = answers[operationName];
      const payload = answer ? answer(body.variables) : { errors: [{ message: `no stub for ${operationName}` }] };
      return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

/** Renders module routes under `/sampling` as the shell would, with a real client against the stub. */
export function renderInModule(element: ReactNode, { path = '/sampling', route = '/sampling/*' } = {}) {
  const client = createClient({ gatewayUrl: 'http://gateway.test', getToken: () => officerToken });
  return (
    <ShianUiProvider locale="zh-CN">
      <GraphQLProvider client={client}>
        <ModuleContext.Provider value={moduleContextValue('/sampling', officerToken)}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={route} element={element} />
            </Routes>
          </MemoryRouter>
        </ModuleContext.Provider>
      </GraphQLProvider>
    </ShianUiProvider>
  );
}

export const TOWNSHIPS = {
  data: {
    townships: [
      { __typename: 'Township', id: '511902001', name: '东城街道', kind: 'SUBDISTRICT' },
      { __typename: 'Township', id: '511902002', name: '西城街道', kind: 'SUBDISTRICT' },
    ],
  },
};

export function samplePage(ids: string[], hasNextPage: boolean, totalCount = 3) {
  return {
    data: {
      samples: {
        __typename: 'SampleConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) },
        nodes: ids.map((id) => ({
          __typename: 'Sample',
          id,
          number: `QC2451190200${id}`,
          foodName: `豇豆${id}`,
          category: 'VEGETABLES',
          status: id === '1' ? 'UNQUALIFIED' : 'PUBLISHED',
          verdict: id === '1' ? 'UNQUALIFIED' : 'QUALIFIED',
          failureKind: id === '1' ? 'PESTICIDE_VET_RESIDUE' : null,
          sampledOn: '2024-06-03',
          lab: '巴中市食品药品检验检测中心',
          overdue: id === '1',
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
        })),
      },
    },
  };
}
