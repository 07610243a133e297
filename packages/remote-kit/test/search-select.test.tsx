// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { Form } from '@shian/antd';
import { officerToken, stubGateway } from '@shian/remote-testing';
import { gql, type TypedDocumentNode } from '@urql/core';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineRemote, type SearchOption, SearchSelect } from '../src';

type Data = { things: { nodes: { id: string; name: string }[] } };
const ThingOptions: TypedDocumentNode<Data, { search: string | null }> = gql`
  query ThingOptions($search: String) {
    things(search: $search) {
      nodes {
        id
        name
      }
    }
  }
`;

const chosen: [string | undefined, (SearchOption & { name?: string }) | undefined][] = [];

function Picker() {
  return (
    <Form>
      <SearchSelect
        query={ThingOptions}
        variables={(search) => ({ search: search || null })}
        options={(data) => data.things.nodes.map((n) => ({ value: n.id, label: `${n.name}(${n.id})`, name: n.name }))}
        initialSearch="批号1"
        current={{ value: 'T9', label: '已选的那件', name: '已选' }}
        aria-label="物品"
        placeholder="输入名称搜索"
        notFound="无匹配物品"
        value="T9"
        onChange={(value, option) => chosen.push([value, option])}
      />
    </Form>
  );
}

const App = defineRemote({ module: 'things', label: '测试', pages: [{ path: '', page: Picker }] }).App;

const chosenMany: [string[], SearchOption[]][] = [];

function ManyPicker() {
  return (
    <Form>
      <SearchSelect
        mode="multiple"
        query={ThingOptions}
        variables={(search) => ({ search: search || null })}
        options={(data) => data.things.nodes.map((n) => ({ value: n.id, label: n.name }))}
        current={[
          { value: 'T8', label: '已选甲' },
          { value: 'T9', label: '已选乙' },
        ]}
        aria-label="物品"
        placeholder="输入名称搜索"
        notFound="无匹配物品"
        value={['T8', 'T9']}
        onChange={(value, options) => chosenMany.push([value, options])}
      />
    </Form>
  );
}

const ManyApp = defineRemote({ module: 'things', label: '测试', pages: [{ path: '', page: ManyPicker }] }).App;

/** `ThingOptions` answering one thing (T1, named `name`) to the search `term`, and nothing to any other. */
const thingFoundBy =
  (term: string, name: string) =>
  ({ search }: { search?: string | null }) => ({
    data: {
      things: {
        __typename: 'ThingConnection',
        nodes: search === term ? [{ __typename: 'Thing', id: 'T1', name }] : [],
      },
    },
  });

describe('SearchSelect', () => {
  it('asks the server with what is typed, keeps the current choice readable and hands over the chosen option', async () => {
    const calls = stubGateway({ ThingOptions: thingFoundBy('甲', '甲物') });
    render(<App gatewayUrl="http://gateway.test" token={officerToken} routing="memory" />);
    await waitFor(() => expect(calls[0]?.variables).toEqual({ search: '批号1' }));
    expect(await screen.findByText('已选的那件')).toBeTruthy();
    const input = screen.getByRole('combobox', { name: '物品' });
    await act(async () => fireEvent.change(input, { target: { value: '乙' } }));
    await waitFor(() => expect(calls.at(-1)?.variables).toEqual({ search: '乙' }));
    // Found by no search, the current choice is still offered.
    expect(screen.getAllByText('已选的那件').length).toBeGreaterThan(0);
    await act(async () => fireEvent.change(input, { target: { value: '甲' } }));
    await act(async () => fireEvent.click(await screen.findByText('甲物(T1)')));
    expect(chosen.at(-1)?.[0]).toBe('T1');
    expect(chosen.at(-1)?.[1]).toMatchObject({ value: 'T1', name: '甲物' });
  });

  it('with mode="multiple" keeps every chosen record readable and adds what a search found to them', async () => {
    const calls = stubGateway({ ThingOptions: thingFoundBy('丙', '丙物') });
    render(<ManyApp gatewayUrl="http://gateway.test" token={officerToken} routing="memory" />);
    expect(await screen.findByText('已选甲')).toBeTruthy();
    expect(screen.getByText('已选乙')).toBeTruthy();
    const input = screen.getByRole('combobox', { name: '物品' });
    await act(async () => fireEvent.change(input, { target: { value: '丙' } }));
    await waitFor(() => expect(calls.at(-1)?.variables).toEqual({ search: '丙' }));
    await act(async () => fireEvent.click(await screen.findByText('丙物')));
    expect(chosenMany.at(-1)?.[0]).toEqual(['T8', 'T9', 'T1']);
    expect(chosenMany.at(-1)?.[1].map((o) => o.value)).toEqual(['T8', 'T9', 'T1']);
  });
});
