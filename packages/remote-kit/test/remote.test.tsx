// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { Form, Input } from '@shian/antd';
import { MemoryRouter, Route, Routes } from '@shian/router';
import { officerToken, stubGateway, testToken } from '@shian/remote-testing';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import {
  applyServerErrors,
  defineRemote,
  formatMoney,
  names,
  useCanWrite,
  useCanWriteRecord,
  useCurrentUser,
  useModulePath,
  usePartnerDepartment,
  useTownshipOptions,
} from '../src';

function Where() {
  const to = useModulePath();
  const user = useCurrentUser();
  return (
    <p>
      {user?.name} · {to('/plans')} · {useCanWrite() ? '可写' : '只读'} · {usePartnerDepartment() ?? '本局'}
    </p>
  );
}

const Text = (text: string) => () => <p>{text}</p>;

const PAGES = [
  { path: '', page: Where, section: '首页' },
  { path: 'plans', page: Text('计划页'), section: '计划', subpages: { ':id': Text('一个计划') } },
  { path: 'secret', page: Text('机密页'), section: '仅局领导', readers: ['leader'] },
];

function TownshipList() {
  const { options } = useTownshipOptions();
  return <p>{options.map((o) => `${o.value}:${o.label}`).join(',') || '…'}</p>;
}

const remote = defineRemote({ module: 'things', label: '测试模块', pages: PAGES });

describe('defineRemote', () => {
  it('mounts the routes under basePath with the token’s user, and the navigation moves inside the module', async () => {
    render(<remote.App gatewayUrl="http://gateway.test" token={officerToken} basePath="/demo/" routing="memory" />);
    expect(await screen.findByText('李执法 · /demo/plans · 可写 · 本局')).toBeTruthy();
    const menu = screen.getByRole('menu', { name: '测试模块' });
    expect(menu.textContent).not.toContain('仅局领导');
    await act(async () => fireEvent.click(screen.getByText('计划')));
    expect(await screen.findByText('计划页')).toBeTruthy();
  });

  it('reads a partner’s department and refuses it writing', async () => {
    const police = testToken({ sub: 'police', name: '联络员', role: 'partner', department: 'police' });
    render(<remote.App gatewayUrl="http://gateway.test" token={police} routing="memory" />);
    expect(await screen.findByText('联络员 · /plans · 只读 · POLICE')).toBeTruthy();
  });

  it('asks getToken for a first token when none is given', async () => {
    const getToken = vi.fn(async () => testToken({ sub: 'a', name: '新令牌', role: 'leader', exp: 4_000_000_000 }));
    render(<remote.App gatewayUrl="http://gateway.test" getToken={getToken} routing="memory" />);
    expect(await screen.findByText(/新令牌/)).toBeTruthy();
    expect(getToken).toHaveBeenCalled();
    // A leader reaches the section the others do not see.
    expect(screen.getByRole('menu', { name: '测试模块' }).textContent).toContain('仅局领导');
  });

  it('refuses a definition without its page table when the remote loads', () => {
    // The routes component the kit once took as well, reaching it past the types.
    const old = { label: '旧模块', routes: () => null } as unknown as Parameters<typeof defineRemote>[0];
    expect(() => defineRemote(old)).toThrow('defineRemote(旧模块): no page table');
  });
});

describe('useCanWriteRecord', () => {
  const answers = (role: string) => {
    const token = testToken({ sub: role, name: role, role, townshipId: '511902001' });
    const { result } = renderHook(() => useCanWriteRecord(), {
      wrapper: ({ children }) => (
        <remote.Scope basePath="" token={token}>
          {children}
        </remote.Scope>
      ),
    });
    return [result.current(false), result.current(true)];
  };

  it("lets a township officer write a township's record but not the district's; a leader both; a village neither", () => {
    expect(answers('township')).toEqual([true, false]);
    expect(answers('leader')).toEqual([true, true]);
    expect(answers('village')).toEqual([false, false]);
  });
});

describe('helpers', () => {
  it('puts a BAD_USER_INPUT message under its field, and returns the message of any other error', () => {
    const { result } = renderHook(() => Form.useForm()[0]);
    const form = result.current;
    render(
      <Form form={form}>
        <Form.Item name="title">
          <Input />
        </Form.Item>
      </Form>,
    );
    const fieldError = new CombinedError({
      graphQLErrors: [{ message: '标题不能为空', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }],
    });
    act(() => {
      expect(applyServerErrors(form, fieldError)).toBeUndefined();
    });
    expect(form.getFieldError('title')).toEqual(['标题不能为空']);
    const other = new CombinedError({
      graphQLErrors: [{ message: '无权操作', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(applyServerErrors(form, other)).toBe('无权操作');
  });

  it('formats money and lists of names, with — for none', () => {
    expect(formatMoney(12500)).toBe('12,500 元');
    expect(formatMoney(0)).toBe('—');
    expect(names([{ name: '东城街道' }, { name: '西城街道' }])).toBe('东城街道、西城街道');
    expect(names([])).toBe('—');
  });

  it('offers the townships the gateway answers', async () => {
    const calls = stubGateway({
      TownshipOptions: () => ({
        data: { townships: [{ __typename: 'Township', id: '511902001', name: '东城街道', kind: 'SUBDISTRICT' }] },
      }),
    });
    const Page = defineRemote({ module: 'things', label: '乡镇', pages: [{ path: '', page: TownshipList }] }).App;
    render(<Page gatewayUrl="http://gateway.test" token={officerToken} routing="memory" />);
    expect(await screen.findByText('511902001:东城街道')).toBeTruthy();
    expect(calls.map((c) => c.operationName)).toEqual(['TownshipOptions']);
  });
});

describe('a page table', () => {
  const tabled = defineRemote({
    module: 'things',
    label: '表格模块',
    pages: (user) =>
      user?.role === 'partner'
        ? { menu: '协作部门', pages: [{ path: '*', page: Text('工作台'), section: '工作台' }] }
        : user?.role === 'village'
          ? [{ path: '*', page: Text('上报页') }]
          : PAGES,
  });

  it('gives the bureau its menu in the table’s order, and every page its route', async () => {
    render(<tabled.App gatewayUrl="http://gateway.test" token={officerToken} basePath="/t" routing="memory" />);
    expect(await screen.findByText('李执法 · /t/plans · 可写 · 本局')).toBeTruthy();
    const menu = screen.getByRole('menu', { name: '表格模块' });
    expect(menu.textContent).toBe('首页计划');
    await act(async () => fireEvent.click(screen.getByText('计划')));
    expect(await screen.findByText('计划页')).toBeTruthy();
  });

  it('answers a subpage under its page’s path, its section selected', async () => {
    render(
      <MemoryRouter initialEntries={['/t/plans/7']}>
        <Routes>
          <Route
            path="/t/*"
            element={<tabled.App gatewayUrl="http://gateway.test" token={officerToken} basePath="/t" />}
          />
        </Routes>
      </MemoryRouter>,
    );
    expect(await screen.findByText('一个计划')).toBeTruthy();
    const selected = screen.getByRole('menu', { name: '表格模块' }).querySelector('.ant-menu-item-selected');
    expect(selected?.textContent).toBe('计划');
  });

  it('gives a partner its own table under its menu’s label, and a page without sections no menu', async () => {
    const police = testToken({ sub: 'police', name: '联络员', role: 'partner', department: 'police' });
    const { unmount } = render(<tabled.App gatewayUrl="http://gateway.test" token={police} routing="memory" />);
    expect(await screen.findByText('工作台', { selector: 'p' })).toBeTruthy();
    expect(screen.getByRole('menu', { name: '协作部门' }).textContent).toBe('工作台');
    expect(screen.queryByText('计划')).toBeNull();
    unmount();
    const village = testToken({ sub: 'v', name: '协管员', role: 'village', villageId: '511902001201' });
    render(<tabled.App gatewayUrl="http://gateway.test" token={village} basePath="/t" routing="memory" />);
    expect(await screen.findByText('上报页')).toBeTruthy();
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
