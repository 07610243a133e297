// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import type { TypedDocumentNode } from '@shian/graphql-client';
import { remoteRenderer, stubGateway } from '@shian/remote-testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { defineRemote, PrintSheet, PrintView, useRecordQuery } from '../src';

interface Thing {
  id: string;
  name: string;
}
const ThingDocument = parse(`
  query Thing($id: ID!) { thing(id: $id) { id name } }
`) as unknown as TypedDocumentNode<{ thing: Thing | null }, { id: string }>;

/** A print view of the route's thing, or of `id` when given. */
function ThingPrint({ id }: { id?: string }) {
  const query = useRecordQuery({ query: ThingDocument, variables: id ? { id } : undefined, pick: (d) => d.thing });
  return (
    <PrintView {...query} missing="未找到该物品" back="/things/T1">
      {(thing) => <PrintSheet title="物品登记表" cells={[{ label: '名称', value: thing.name }]} />}
    </PrintView>
  );
}

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/m');
const open = (id?: string) =>
  render(renderInModule(<ThingPrint id={id} />, { path: '/m/things/T1/print', route: '/m/things/:id/print' }));

describe('useRecordQuery', () => {
  it('asks for the route’s record and hands PrintView what it shows, the sheet once the record is there', async () => {
    vi.stubGlobal('print', vi.fn());
    const calls = stubGateway({
      Thing: () => ({ data: { thing: { __typename: 'Thing', id: 'T1', name: '物品一' } } }),
    });
    open();
    expect((await screen.findByRole('rowheader', { name: '名称' })).nextElementSibling!.textContent).toBe('物品一');
    expect(calls.map((c) => c.variables)).toEqual([{ id: 'T1' }]);
  });

  it('sends the variables it is given instead of the route’s id', async () => {
    vi.stubGlobal('print', vi.fn());
    const calls = stubGateway({
      Thing: () => ({ data: { thing: { __typename: 'Thing', id: 'T1', name: '物品一' } } }),
    });
    open('T9');
    await screen.findByRole('rowheader', { name: '名称' });
    expect(calls.map((c) => c.variables)).toEqual([{ id: 'T9' }]);
  });

  it('retries past the cache: 重试 after a refusal asks the server again', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const calls = stubGateway({
      Thing: () => ({ errors: [{ message: '无权查看', extensions: { code: 'FORBIDDEN' } }] }),
    });
    open();
    expect((await screen.findByRole('alert')).textContent).toContain('无权查看');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /重\s*试/ })));
    expect(calls).toHaveLength(2);
    expect(print).not.toHaveBeenCalled();
  });
});
