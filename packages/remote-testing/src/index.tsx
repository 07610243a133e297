import { createClient, GraphQLProvider } from '@shian/graphql-client';
import { MemoryRouter, Route, Routes } from '@shian/router';
import { ShianUiProvider, type UiLocale } from '@shian/ui-kit';
import type { ComponentType, ReactNode } from 'react';
import { expect, vi } from 'vitest';

const b64 = (value: object) => btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/=+$/, '');

/** A token with these claims, as the pages decode it (the signature is not checked in the browser). */
export const testToken = (claims: object) => `${b64({ alg: 'HS256' })}.${b64(claims)}.sig`;
export const officerToken = testToken({ sub: 'officer', name: '李执法', role: 'officer' });

export interface Call {
  operationName: string;
  variables: Record<string, any>;
  query: string;
}

export type GatewayAnswers = Record<string, (variables: Record<string, any>) => object>;

/** A gateway stand-in: answers each operation by name, and records what was asked. */
export function stubGateway(answers: GatewayAnswers): Call[] {
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

/** The variables of the first call of `operationName` (the test fails if the page sent none). */
export function sentVariables(calls: Call[], operationName: string): Record<string, any> {
  const call = calls.find((c) => c.operationName === operationName);
  if (!call) throw new Error(`${operationName} was not sent`);
  return call.variables;
}

/** Checks that the page sent `operationName` with an `input` holding `expected`, and returns that input. */
export function expectSentInput(calls: Call[], operationName: string, expected: object): Record<string, any> {
  const { input } = sentVariables(calls, operationName);
  expect(input).toMatchObject(expected);
  return input;
}

export interface RenderInModuleOptions {
  /** The address to start at; the module's base path by default. */
  path?: string;
  /** The route the element answers; everything under the base path by default. */
  route?: string;
  token?: string;
  /** The UI's language (zh-CN unless said): the page in English for a test of its catalog at work. */
  locale?: UiLocale;
}

/**
 * `renderInModule(element, options)` for one remote: the element under `basePath` as the shell would mount it,
 * inside the UI provider, a real GraphQL client (against `stubGateway`) and the module's own context, which
 * `provideModule` supplies (each remote has its own).
 */
export function moduleRenderer(
  basePath: string,
  provideModule: (children: ReactNode, context: { basePath: string; token: string }) => ReactNode,
) {
  return function renderInModule(
    element: ReactNode,
    { path = basePath, route = `${basePath}/*`, token = officerToken, locale = 'zh-CN' }: RenderInModuleOptions = {},
  ) {
    const client = createClient({ gatewayUrl: 'http://gateway.test', getToken: () => token });
    return (
      <ShianUiProvider locale={locale}>
        <GraphQLProvider client={client}>
          {provideModule(
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path={route} element={element} />
              </Routes>
            </MemoryRouter>,
            { basePath, token },
          )}
        </GraphQLProvider>
      </ShianUiProvider>
    );
  };
}

export const leaderToken = testToken({ sub: 'leader', name: '王局长', role: 'leader' });

/** One row of an `auditTrail` answer, as the gateway sends it (a record page's 操作记录 tests). */
export interface AuditRowStub {
  id: string;
  at: string;
  kind: 'CREATE' | 'UPDATE' | 'DELETE' | 'READ' | 'OPERATION';
  recordType: string;
  recordId: string;
  parentId?: string | null;
  operation?: string | null;
  action?: string | null;
  actor?: { username: string; name: string; role: string; department?: string | null };
  changes?: { field: string; label?: string | null; from: string | null; to: string | null }[];
}

/** An `auditTrail` answer holding one domain's page of rows (`auditTrail.<field>`), for stubGateway. */
export function auditTrailAnswer(field: string, rows: AuditRowStub[]) {
  return {
    data: {
      auditTrail: {
        __typename: 'AuditTrail',
        [field]: {
          __typename: 'AuditPage',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: rows.map((row) => ({
            __typename: 'AuditRecord',
            parentId: null,
            operation: null,
            action: null,
            cursor: `c-${row.id}`,
            ...row,
            actor: {
              __typename: 'AuditActor',
              department: null,
              ...(row.actor ?? { username: 'officer', name: '李执法', role: 'officer' }),
            },
            changes: (row.changes ?? []).map((c) => ({ __typename: 'AuditChange', label: null, ...c })),
          })),
        },
      },
    },
  };
}
export {
  type EntityOption,
  entityOptions,
  type InspectorOption,
  inspectorOptions,
  inTurn,
  optionsAnswer,
  pageAnswer,
  refusal,
  rowFactory,
} from './answers';
export { auditTrailRows, expectAuditTrail, expectNoAuditTrail } from './audit';
export { openDialog, pressInDialog } from './dialogs';
export { fillDate, pick } from './forms';
export { expectNotPrinted, expectPrinted, printedCell, printViews } from './print';
export { expectNextPage, expectNotSent, expectSearch, lastVariables, twoPages, waitForSent } from './lists';
export { columnTitles, expectList, expectShown, expectTable, type ListShown, type Shown } from './texts';

/** 张监管, township officer of 东城街道: writes only that township's records. */
export const townshipToken = testToken({ sub: 'township', name: '张监管', role: 'township', townshipId: '511902001' });

/** The police's liaison: a partner department's user. */
export const policeToken = testToken({ sub: 'police', name: '公安分局联络员', role: 'partner', department: 'police' });

/**
 * `renderInModule(element, options)` for a remote made by remote-kit's `defineRemote`: the element under `basePath`
 * inside the remote's own module context (`remote.Scope`), as the shell mounts it.
 */
export function remoteRenderer(
  remote: { Scope: ComponentType<{ basePath: string; token?: string | null; children: ReactNode }> },
  basePath: string,
) {
  const { Scope } = remote;
  return moduleRenderer(basePath, (children, { basePath: base, token }) => (
    <Scope basePath={base} token={token}>
      {children}
    </Scope>
  ));
}

/** The kit's `TownshipOptions` answer: two townships of the district. */
export const TOWNSHIPS = {
  data: {
    townships: [
      { __typename: 'Township', id: '511902001', name: '东城街道', kind: 'SUBDISTRICT' },
      { __typename: 'Township', id: '511902002', name: '西城街道', kind: 'SUBDISTRICT' },
    ],
  },
};

/**
 * A page of a connection as the gateway answers it: `after`, the cursor of a next page (none by default), and the
 * list's `totalCount` (the page's length by default).
 */
export const connection = (
  typename: string,
  nodes: object[],
  { totalCount = nodes.length, after = null as string | null } = {},
) => ({
  __typename: typename,
  totalCount,
  pageInfo: { __typename: 'PageInfo', hasNextPage: after !== null, endCursor: after },
  nodes,
});
