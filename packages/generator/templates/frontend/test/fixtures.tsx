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

/** Renders module routes under `/__name__` as the shell would, with a real client against the stub. */
export function renderInModule(element: ReactNode, { path = '/__name__', route = '/__name__/*' } = {}) {
  const client = createClient({ gatewayUrl: 'http://gateway.test', getToken: () => officerToken });
  return (
    <ShianUiProvider locale="zh-CN">
      <GraphQLProvider client={client}>
        <ModuleContext.Provider value={moduleContextValue('/__name__', officerToken)}>
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
