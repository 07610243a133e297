import { Tabs } from '@shian/antd';
import type { TypedDocumentNode } from '@shian/graphql-client';
import { auditTrailAnswer, leaderToken, remoteRenderer, stubGateway } from '@shian/remote-testing';
import { useLocation } from '@shian/router';
import type { AuditTrailVariables } from '@shian/ui-kit';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  defineRemote,
  RecordAuditCard,
  recordAudit,
  RecordHeader,
  RecordTable,
  useRecord,
  useRecordAuditTab,
} from '../src';

interface Thing {
  id: string;
  name: string;
  parts: { id: string; label: string }[];
}
const ThingDocument = parse(`
  query Thing($id: ID!) { thing(id: $id) { id name parts { id label } } }
`) as unknown as TypedDocumentNode<{ thing: Thing | null }, { id: string }>;

type AuditData = { auditTrail: { things: import('@shian/ui-kit').AuditPageView | null } };
const AuditDocument = parse(`
  query ThingAudit($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      things {
        nodes {
          id at kind recordType recordId parentId operation action
          actor { username name role department }
          changes { field label from to }
          cursor
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`) as unknown as TypedDocumentNode<AuditData, AuditTrailVariables>;

const Audit = recordAudit({
  query: AuditDocument,
  pick: (d) => d.auditTrail.things,
  recordTypeLabels: { Thing: '物品', Part: '部件' },
});

const thing = ({ id }: Record<string, any>) => ({
  data: {
    thing:
      id === 'T1'
        ? {
            __typename: 'Thing',
            id,
            name: '物品一',
            parts: [{ __typename: 'Part', id: 'P1', label: '螺丝' }],
          }
        : null,
  },
});

const refused = () => ({ errors: [{ message: '无权查看', extensions: { code: 'FORBIDDEN' } }] });
const trail = () =>
  auditTrailAnswer('things', [
    { id: 'a1', at: '2025-03-01T01:00:00Z', kind: 'CREATE', recordType: 'Thing', recordId: 'T1' },
    { id: 'a2', at: '2025-03-02T01:00:00Z', kind: 'UPDATE', recordType: 'Part', recordId: 'P1', parentId: 'T1' },
  ]);

function Where() {
  return <output aria-label="地址">{useLocation().pathname}</output>;
}

function ThingPage({ withCard }: { withCard?: boolean }) {
  const auditTab = useRecordAuditTab(Audit);
  const view = useRecord({ query: ThingDocument, pick: (d) => d.thing, missing: '未找到该物品' });
  const record = view.record;
  if (!record) return view.fallback;
  return (
    <>
      <Where />
      <RecordHeader view={view} title={record.name} back="/things">
        <span>标签</span>
      </RecordHeader>
      <Tabs
        items={[
          {
            key: 'parts',
            label: '部件',
            children: (
              <RecordTable aria-label="部件" rows={record.parts} columns={[{ title: '名称', dataIndex: 'label' }]} />
            ),
          },
          ...auditTab('Thing', record.id),
        ]}
      />
      {withCard && <RecordAuditCard trail={Audit} recordType="Thing" recordId={record.id} />}
    </>
  );
}

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/m');
const open = (id: string, token?: string, withCard?: boolean) =>
  render(renderInModule(<ThingPage withCard={withCard} />, { path: `/m/things/${id}`, route: '/m/things/:id', token }));

describe('record pages', () => {
  it('shows the record with its header, its short list, and 返回 to its list; no 操作记录 for an officer', async () => {
    const calls = stubGateway({ Thing: thing });
    open('T1', undefined, true);
    expect(await screen.findByRole('heading', { name: '物品一' })).toBeTruthy();
    expect(screen.getByText('标签')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: '部件' })).getByText('螺丝')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '操作记录' })).toBeNull();
    expect(screen.queryByText('操作记录')).toBeNull();
    expect(calls.map((c) => c.operationName)).toEqual(['Thing']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '返回' })));
    expect(screen.queryByRole('heading', { name: '物品一' })).toBeNull();
  });

  it('says 记录不存在 with the page’s reason when the server has no such record', async () => {
    stubGateway({ Thing: thing });
    open('T9');
    expect(await screen.findByText('记录不存在')).toBeTruthy();
    expect(screen.getByText('未找到该物品')).toBeTruthy();
  });

  it('shows a refusal in place of the page, with 重试 asking again', async () => {
    const calls = stubGateway({
      Thing: refused,
    });
    open('T1');
    const retry = await screen.findByRole('button', { name: /重\s*试/ });
    await act(async () => fireEvent.click(retry));
    expect(calls.filter((c) => c.operationName === 'Thing').length).toBe(2);
  });

  it('offers a leader the 操作记录 tab and card, with the record and its children’s rows', async () => {
    const calls = stubGateway({
      Thing: thing,
      ThingAudit: trail,
    });
    open('T1', leaderToken, true);
    // The card first: the tab's panel is drawn once the tab is chosen.
    expect(await screen.findByText('部件', { selector: 'td' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('操作记录', { selector: '[role=tab]' })));
    expect((await screen.findAllByText('部件', { selector: 'td' })).length).toBe(2);
    const asked = calls.filter((c) => c.operationName === 'ThingAudit');
    expect(asked.every((c) => c.variables.filter.recordId === 'T1' && !c.variables.filter.recordType)).toBe(true);
  });
});
