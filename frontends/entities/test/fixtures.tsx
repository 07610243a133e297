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

/** Renders module routes under `/entities` as the shell would, with a real client against the stub. */
export function renderInModule(element: ReactNode, { path = '/entities', route = '/entities/*' } = {}) {
  const client = createClient({ gatewayUrl: 'http://gateway.test', getToken: () => officerToken });
  return (
    <ShianUiProvider locale="zh-CN">
      <GraphQLProvider client={client}>
        <ModuleContext.Provider value={moduleContextValue('/entities', officerToken)}>
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

export function entityPage(ids: string[], hasNextPage: boolean, totalCount = 3) {
  return {
    data: {
      entities: {
        __typename: 'EntityConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) },
        nodes: ids.map((id) => ({
          __typename: 'Entity',
          id,
          name: `巴州区${id}号面馆`,
          creditCode: '91511902MA62D9QX1N',
          category: 'CATERING',
          status: 'OPERATING',
          riskGrade: 'B',
          address: '东城街道1号',
          legalRepresentative: '王五',
          phone: null,
          township: { __typename: 'Township', id: '511902001', name: '东城街道' },
        })),
      },
    },
  };
}
