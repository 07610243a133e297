// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { entityOptions, officerToken, stubGateway } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { defineRemote, EntityPicker, type PickedEntity } from '../src';

const picked: (PickedEntity | undefined)[] = [];

function Picker() {
  return <EntityPicker category="CATERING" onPick={(entity) => picked.push(entity)} />;
}

const App = defineRemote({ module: 'things', label: '测试', pages: [{ path: '', page: Picker }] }).App;

describe('EntityPicker', () => {
  it('searches the register on the server with the typed name and category, and hands over the township', async () => {
    const calls = stubGateway({
      EntityOptions: ({ filter }) =>
        entityOptions(
          ...(filter.search
            ? [{ id: 'E0060', name: '东城生鲜超市', township: { id: '511902001', name: '东城街道' } }]
            : []),
        )(),
    });
    render(<App gatewayUrl="http://gateway.test" token={officerToken} routing="memory" />);
    const input = await screen.findByRole('combobox', { name: '主体' });
    await act(async () => fireEvent.change(input, { target: { value: '东城' } }));
    await waitFor(() =>
      expect(calls.at(-1)?.variables.filter).toEqual({ search: '东城', category: 'CATERING', townshipId: null }),
    );
    await act(async () => fireEvent.click(await screen.findByText('东城生鲜超市(东城街道)')));
    expect(picked.at(-1)).toEqual({ id: 'E0060', name: '东城生鲜超市', townshipId: '511902001' });
    expect(calls.every((c) => c.operationName === 'EntityOptions')).toBe(true);
  });

  it('searches only one township’s businesses when given one', async () => {
    const calls = stubGateway({
      EntityOptions: entityOptions(),
    });
    function TownshipPicker() {
      return <EntityPicker townshipId="511902002" />;
    }
    const Township = defineRemote({ module: 'things', label: '测试', pages: [{ path: '', page: TownshipPicker }] }).App;
    render(<Township gatewayUrl="http://gateway.test" token={officerToken} routing="memory" />);
    const input = await screen.findByRole('combobox', { name: '主体' });
    await act(async () => fireEvent.change(input, { target: { value: '超市' } }));
    await waitFor(() =>
      expect(calls.at(-1)?.variables.filter).toEqual({ search: '超市', category: null, townshipId: '511902002' }),
    );
  });

  it('with `whole`, holds the whole business as its value and still shows it once a new search leaves it out', async () => {
    const values: (PickedEntity | undefined)[] = [];
    function WholePicker() {
      const [value, setValue] = useState<PickedEntity>();
      return (
        <EntityPicker
          whole
          aria-label="当事人"
          value={value}
          onChange={(entity) => {
            values.push(entity);
            setValue(entity);
          }}
        />
      );
    }
    const Whole = defineRemote({ module: 'things', label: '测试', pages: [{ path: '', page: WholePicker }] }).App;
    stubGateway({
      EntityOptions: ({ filter }) =>
        entityOptions(
          ...(filter.search === '万家'
            ? [{ id: 'E0050', name: '万家超市', township: { id: '511902002', name: '西城街道' } }]
            : []),
        )(),
    });
    render(<Whole gatewayUrl="http://gateway.test" token={officerToken} routing="memory" />);
    const input = await screen.findByRole('combobox', { name: '当事人' });
    await act(async () => fireEvent.change(input, { target: { value: '万家' } }));
    await act(async () => fireEvent.click(await screen.findByText('万家超市(西城街道)')));
    expect(values.at(-1)).toEqual({ id: 'E0050', name: '万家超市', townshipId: '511902002' });
    await act(async () => fireEvent.change(input, { target: { value: '不存在' } }));
    await act(async () => fireEvent.blur(input));
    // The shown value is the name, not the bare id a Select shows for a value missing from its options.
    await waitFor(() => expect(screen.getAllByTitle('万家超市').length).toBeGreaterThan(0));
    expect(screen.queryByTitle('E0050')).toBeNull();
  });
});
