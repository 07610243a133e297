// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { Form } from '@shian/antd';
import { officerToken, pick, remoteRenderer, stubGateway, TOWNSHIPS, townshipToken } from '@shian/remote-testing';
import { useLocation, useSearchParams } from '@shian/router';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineRemote, TownshipFilter, TownshipSelect, useOwnTownship } from '../src';

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');

function FilteredList() {
  const [params, setParams] = useSearchParams();
  const list = {
    params,
    set: (key: string, value?: string | number | boolean | null) => {
      const next = new URLSearchParams(params);
      if (value) next.set(key, String(value));
      else next.delete(key);
      setParams(next);
    },
  };
  return (
    <>
      <output aria-label="地址">{useLocation().search}</output>
      <TownshipFilter list={list} name="township" />
    </>
  );
}

function TownshipForm() {
  const own = useOwnTownship();
  return (
    <Form initialValues={{ townshipId: own }}>
      <output aria-label="本乡镇">{own ?? '无'}</output>
      <Form.Item label="乡镇" name="townshipId">
        <TownshipSelect aria-label="所在乡镇" disabled={Boolean(own)} />
      </Form.Item>
    </Form>
  );
}

describe('townships', () => {
  it('filters a list by the township chosen, under the name the list reads', async () => {
    stubGateway({ TownshipOptions: () => TOWNSHIPS });
    render(renderInModule(<FilteredList />, { path: '/things?year=2024' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: '乡镇(街道)' })).toBeTruthy());
    await pick('乡镇(街道)', '西城街道');
    expect(screen.getByLabelText('地址').textContent).toBe('?year=2024&township=511902002');
  });

  it('offers the townships in a form, and locks a township officer’s to their own', async () => {
    stubGateway({ TownshipOptions: () => TOWNSHIPS });
    const { unmount } = render(renderInModule(<TownshipForm />, { token: officerToken }));
    expect(screen.getByLabelText('本乡镇').textContent).toBe('无');
    await pick('所在乡镇', '东城街道');
    expect(document.querySelector('.ant-select-content')?.textContent).toBe('东城街道');
    unmount();

    render(renderInModule(<TownshipForm />, { token: townshipToken }));
    expect(screen.getByLabelText('本乡镇').textContent).toBe('511902001');
    await waitFor(() => expect(screen.getByTitle('东城街道')).toBeTruthy());
    expect(screen.getByRole('combobox', { name: '所在乡镇' }).hasAttribute('disabled')).toBe(true);
  });
});
