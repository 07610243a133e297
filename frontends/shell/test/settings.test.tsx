import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDialog, pressInDialog, testToken } from '@shian/remote-testing';
import type { Body } from './render';

const { i18n } = await import('@shian/ui-kit');
const { ShellRoutes } = await import('../src/App');
const { renderInShell, stubGateway } = await import('./render');
const { channelFormErrors, updateInput } = await import('../src/settings/model');

let requests: Body[] = [];
let answer: (body: Body) => unknown;

const CHANNEL = {
  __typename: 'ReminderChannel',
  id: 'c1',
  name: '东城街道监管群',
  kind: 'DINGTALK',
  url: 'https://oapi.dingtalk.com/robot/send?access_token=x',
  townshipId: '511902001',
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
  role: 'TOWNSHIP',
  active: true,
  hasSecret: true,
  alertsSince: null,
  version: 3,
  updatedAt: '2026-12-01T01:00:00Z',
};

const DELIVERY = (id: string, status: string) => ({
  __typename: 'ReminderDelivery',
  id,
  kind: 'DIGEST',
  periodKey: `2026-12-0${id}`,
  status,
  attempts: status === 'FAILED' ? 5 : 1,
  lastError: status === 'FAILED' ? '对方返回 HTTP 500' : null,
  responseStatus: status === 'FAILED' ? 500 : 200,
  itemCount: 4,
  summary: '待办 4 项',
  sentAt: status === 'SENT' ? '2026-12-01T00:30:00Z' : null,
  createdAt: '2026-12-01T00:30:00Z',
  channel: { __typename: 'ReminderChannel', id: 'c1', name: '东城街道监管群' },
});

function leaderGateway(body: Body) {
  if (body.query.includes('query ReminderChannels'))
    return {
      data: {
        reminderChannels: [CHANNEL],
        townships: [
          { __typename: 'Township', id: '511902001', name: '东城街道' },
          { __typename: 'Township', id: '511902002', name: '西城街道' },
        ],
      },
    };
  if (body.query.includes('query ReminderDeliveries')) {
    const filter = (body.variables.filter ?? {}) as { status?: string };
    const nodes = [DELIVERY('1', 'SENT'), DELIVERY('2', 'FAILED')].filter(
      (d) => !filter.status || d.status === filter.status,
    );
    return {
      data: {
        reminderDeliveries: {
          __typename: 'ReminderDeliveryConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    };
  }
  if (body.query.includes('query InboxBell')) return { data: { inbox: null } };
  return undefined;
}

function renderShell(path: string, role: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  sessionStorage.setItem('shian.token', testToken({ sub: role, name: '王局长', role, exp: Date.now() / 1000 + 3600 }));
  return renderInShell(<ShellRoutes />, { path, locale });
}

const names = (query: string) => requests.filter((r) => r.query.includes(query));

beforeEach(() => {
  answer = leaderGateway;
  sessionStorage.clear();
  requests = stubGateway((body) => answer(body));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await i18n.changeLanguage('zh-CN');
});

describe('the channel form’s checks', () => {
  it('refuses what the server would, by field', () => {
    expect(channelFormErrors({ name: ' ', kind: 'WECOM', url: '', scope: 'district' })).toEqual({
      name: '请填写通道名称',
      url: '请填写回调地址',
    });
    expect(channelFormErrors({ name: 'a', kind: 'WECOM', url: 'ftp://x.cn/hook', scope: 'district' }).url).toBe(
      '回调地址须为 http:// 或 https:// 开头的完整网址',
    );
    expect(channelFormErrors({ name: 'a', kind: 'JSON', url: 'https://u:p@x.cn/', scope: 'district' }).url).toBe(
      '回调地址不能包含用户名或密码',
    );
    expect(
      channelFormErrors({ name: 'a', kind: 'WECOM', url: 'https://x.cn/', secret: 's', scope: 'district' }),
    ).toEqual({
      secret: '只有钉钉群机器人使用加签密钥',
    });
    expect(channelFormErrors({ name: 'a', kind: 'JSON', url: 'https://x.cn/', scope: 'township' })).toEqual({
      townshipId: '请选择乡镇(街道)',
    });
    expect(
      channelFormErrors({ name: 'a', kind: 'JSON', url: 'https://x.cn/', scope: 'district', role: 'TOWNSHIP' }),
    ).toEqual({
      role: '提醒乡镇(街道)监管员须指定乡镇(街道)',
    });
    expect(
      channelFormErrors({ name: 'a', kind: 'DINGTALK', url: 'https://x.cn/', secret: 's', scope: 'district' }),
    ).toEqual({});
  });

  it('writes an edit with the flags the API takes for district-wide, no audience and the secret', () => {
    const base = {
      name: ' 群 ',
      kind: 'DINGTALK' as const,
      url: 'https://x.cn/',
      scope: 'district' as const,
      active: true,
    };
    expect(updateInput(base)).toEqual({
      name: '群',
      kind: 'DINGTALK',
      url: 'https://x.cn/',
      districtWide: true,
      clearRole: true,
      active: true,
    });
    expect(
      updateInput({ ...base, clearSecret: true, scope: 'township', townshipId: 't', role: 'OFFICER' }),
    ).toMatchObject({
      secret: '',
      townshipId: 't',
      role: 'OFFICER',
    });
    expect(updateInput({ ...base, kind: 'WECOM', secret: 'left over' })).not.toHaveProperty('secret');
  });
});

describe('提醒设置', () => {
  it('is a menu entry and a page for leaders: the channels, an edit sent with the version read', async () => {
    renderShell('/settings', 'leader');
    expect(await screen.findByRole('menuitem', { name: /提醒设置/ })).toBeTruthy();
    const table = await screen.findByRole('table');
    await within(table).findByText('东城街道监管群');
    expect(table.textContent).toContain('钉钉群机器人');
    expect(table.textContent).toContain('东城街道');
    expect(table.textContent).toContain('乡镇(街道)监管员');
    expect(table.textContent).toContain('已设置');

    await act(async () => fireEvent.click(within(table).getByRole('button', { name: /编\s*辑/ })));
    const dialog = await screen.findByRole('dialog');
    answer = (body) =>
      body.query.includes('mutation UpdateReminderChannel')
        ? { data: { updateReminderChannel: { __typename: 'ReminderChannel', id: 'c1', version: 4, active: true } } }
        : leaderGateway(body);
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '东城街道食安群' } });
    await pressInDialog(dialog);
    await waitFor(() => expect(names('mutation UpdateReminderChannel')).toHaveLength(1));
    expect(names('mutation UpdateReminderChannel')[0].variables).toEqual({
      id: 'c1',
      version: 3,
      input: {
        name: '东城街道食安群',
        kind: 'DINGTALK',
        url: CHANNEL.url,
        townshipId: '511902001',
        role: 'TOWNSHIP',
        active: true,
      },
    });
  });

  it('checks a new channel before sending it: nothing goes out until the form is right', async () => {
    renderShell('/settings', 'leader');
    await screen.findByText('东城街道监管群');
    const dialog = await openDialog(/新建通道/);
    fireEvent.change(within(dialog).getByLabelText('回调地址'), { target: { value: 'hook.example.cn' } });
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请填写通道名称')).toBeTruthy();
    expect(within(dialog).getByText('回调地址须为 http:// 或 https:// 开头的完整网址')).toBeTruthy();
    expect(names('mutation CreateReminderChannel')).toEqual([]);

    answer = (body) =>
      body.query.includes('mutation CreateReminderChannel')
        ? { data: { createReminderChannel: { __typename: 'ReminderChannel', id: 'c2', version: 1 } } }
        : leaderGateway(body);
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '全区值班群' } });
    fireEvent.change(within(dialog).getByLabelText('回调地址'), { target: { value: 'https://hook.example.cn/a' } });
    await pressInDialog(dialog);
    await waitFor(() => expect(names('mutation CreateReminderChannel')).toHaveLength(1));
    expect(names('mutation CreateReminderChannel')[0].variables).toEqual({
      input: {
        name: '全区值班群',
        kind: 'WECOM',
        url: 'https://hook.example.cn/a',
        townshipId: null,
        role: null,
        active: true,
      },
    });
  });

  it('deactivates a channel with the version read', async () => {
    renderShell('/settings', 'leader');
    const table = await screen.findByRole('table');
    await within(table).findByText('东城街道监管群');
    answer = (body) =>
      body.query.includes('mutation UpdateReminderChannel')
        ? { data: { updateReminderChannel: { __typename: 'ReminderChannel', id: 'c1', version: 4, active: false } } }
        : leaderGateway(body);
    await act(async () => fireEvent.click(within(table).getByRole('button', { name: /停\s*用/ })));
    const confirm = await screen.findByRole('tooltip');
    await act(async () => fireEvent.click(within(confirm).getByRole('button', { name: /停\s*用/ })));
    await waitFor(() => expect(names('mutation UpdateReminderChannel')).toHaveLength(1));
    expect(names('mutation UpdateReminderChannel')[0].variables).toEqual({
      id: 'c1',
      version: 3,
      input: { active: false },
    });
  });

  it('shows 发送记录 filtered by status', async () => {
    renderShell('/settings?tab=deliveries', 'leader');
    const table = await screen.findByRole('table', { name: '提醒发送记录' });
    await within(table).findByText('2026-12-02');
    expect(table.textContent).toContain('已送达');
    expect(table.textContent).toContain('HTTP 500 · 对方返回 HTTP 500');
    expect(screen.getByText(/共 2 条/)).toBeTruthy();
    const status = screen.getByLabelText('状态');
    await act(async () => fireEvent.mouseDown(status));
    await act(async () => fireEvent.click(await screen.findByTitle('发送失败')));
    await waitFor(() =>
      expect(names('query ReminderDeliveries').at(-1)?.variables.filter).toEqual({ status: 'FAILED' }),
    );
    await waitFor(() => expect(screen.getByText(/共 1 条/)).toBeTruthy());
  });

  it('keeps 发送记录’s filters in the address and exports every delivery of the filter', async () => {
    const created = vi.fn(() => 'blob:deliveries');
    vi.spyOn(URL, 'createObjectURL').mockImplementation(created);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderShell('/settings?tab=deliveries&channel=c1&status=FAILED&kind=NOPE', 'leader');
    const table = await screen.findByRole('table', { name: '提醒发送记录' });
    await within(table).findByText('HTTP 500 · 对方返回 HTTP 500');
    // An unknown kind in the address is no filter; the channel and the status are.
    expect(names('query ReminderDeliveries')[0]?.variables.filter).toEqual({ channelId: 'c1', status: 'FAILED' });
    const listed = names('query ReminderDeliveries').length;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const exported = names('query ReminderDeliveries').slice(listed);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported[0]?.variables.filter).toEqual({ channelId: 'c1', status: 'FAILED' });
    expect(saved).toEqual([expect.stringMatching(/^提醒发送记录-\d{4}-\d{2}-\d{2}\.xlsx$/)]);
  });

  it('reads in English when the user switches: the frame, the tabs, the table and its labels', async () => {
    renderShell('/settings?tab=deliveries', 'leader', 'en');
    const table = await screen.findByRole('table', { name: '提醒发送记录' });
    await within(table).findByText('HTTP 500 · 对方返回 HTTP 500');
    // The frame reads Chinese until the English catalogs have loaded (they load on demand), then switches: wait for it.
    expect(await screen.findByRole('menuitem', { name: /Reminder settings/ })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: /Home/ })).toBeTruthy();
    // The pager's 首页 is another sense of the same text: still ui-kit's.
    expect(screen.getByRole('button', { name: 'First' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Deliveries' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Reminder channels' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Export to Excel/ })).toBeTruthy();
    expect(table.textContent).toContain('Channel');
    expect(table.textContent).toContain('Delivered');
    expect(table.textContent).toContain('Daily digest');
    expect(screen.getByTestId('current-role').textContent).toBe('Bureau leader');
    // Nothing of the frame or the page is left in Chinese but the records' own data.
    const page = document.body.textContent ?? '';
    const chinese = page
      .replace('中文', '') // the language switch offers Chinese in its own name
      .replaceAll('东城街道监管群', '')
      .replaceAll('对方返回 HTTP 500', '')
      .replaceAll('待办 4 项', '')
      .replaceAll('王局长', '');
    expect(chinese).not.toMatch(/\p{Script=Han}/u);
  });

  it.each(['officer', 'township'])('is neither in the menu nor open to a %s, and asks nothing', async (role) => {
    renderShell('/settings', role);
    expect(await screen.findByText('无权查看')).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: /提醒设置/ })).toBeNull();
    expect(names('Reminder')).toEqual([]);
  });
});
