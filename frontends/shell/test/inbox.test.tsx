import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testToken } from '@shian/remote-testing';
import { todayInChina } from '@shian/ui-kit';
import type { Body } from './render';

const { useLocation } = await import('@shian/router');
const { ShellRoutes } = await import('../src/App');
const { renderInShell, stubGateway } = await import('./render');
const { addDays, inboxView, openCount, snoozeError, markEffect } = await import('../src/inbox/model');
const { SECTIONS } = await import('../src/domains');
const { INBOX_EXPORT_COLUMNS, inboxExportRows } = await import('../src/inbox/export');

const TODAY = todayInChina();
const tokenOf = (role: string, name = '李执法') => testToken({ sub: role, name, role, exp: Date.now() / 1000 + 3600 });

const item = (domain: string, id: string, dueDate: string, state: 'OVERDUE' | 'DUE_SOON', code = id) => ({
  __typename: 'InboxItem',
  key: `${domain}:CLOCK:${id}`,
  domain,
  kind: 'CLOCK',
  title: `记录 ${code}:时限`,
  recordId: id,
  recordCode: code,
  townshipId: null,
  dueDate,
  dueAt: null,
  state,
  link: `/${domain}/${id}`,
});

type Item = ReturnType<typeof item>;
interface Mark {
  __typename: 'InboxMark';
  itemKey: string;
  snoozedUntil: string | null;
  doneAt: string | null;
  state: 'OVERDUE' | 'DUE_SOON' | null;
}

/** Three domains' items (one of them snoozed, one done in its state, one done in a state it has left), risk down. */
function inbox() {
  return {
    __typename: 'Inbox',
    withinWorkingDays: 3,
    entities: [item('entities', 'e1', addDays(TODAY, 2), 'DUE_SOON', 'ZT-1')],
    sampling: [
      item('sampling', 's2', addDays(TODAY, -1), 'OVERDUE', 'CY-2'),
      item('sampling', 's1', addDays(TODAY, -5), 'OVERDUE', 'CY-1'),
      item('sampling', 's3', addDays(TODAY, -3), 'OVERDUE', 'CY-3'),
      item('sampling', 's4', addDays(TODAY, 1), 'DUE_SOON', 'CY-4'),
    ],
    risk: null,
    marks: [
      // Snoozed until tomorrow: hidden. Done while OVERDUE and still OVERDUE: hidden.
      {
        __typename: 'InboxMark',
        itemKey: 'sampling:CLOCK:s3',
        snoozedUntil: addDays(TODAY, 1),
        doneAt: null,
        state: null,
      },
      {
        __typename: 'InboxMark',
        itemKey: 'sampling:CLOCK:s4',
        snoozedUntil: null,
        doneAt: '2026-01-01T02:00:00Z',
        state: 'OVERDUE',
      },
      // A mark of an item that is no longer in the inbox changes nothing.
      {
        __typename: 'InboxMark',
        itemKey: 'sampling:CLOCK:gone',
        snoozedUntil: addDays(TODAY, 3),
        doneAt: null,
        state: null,
      },
    ] as Mark[],
  };
}

let requests: Body[] = [];
let answer: (body: Body) => unknown;

const riskDown = {
  message: '子图 risk 不可用',
  path: ['inbox', 'risk'],
  extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'risk' },
};

/** The inbox as the gateway answers both operations, with risk down. */
function inboxGateway(data = inbox) {
  return (body: Body) => {
    if (/query InboxBell|query InboxPage/.test(body.query)) return { data: { inbox: data() }, errors: [riskDown] };
    return undefined;
  };
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderShell(path: string, role = 'officer') {
  sessionStorage.setItem('shian.token', tokenOf(role));
  return renderInShell(
    <>
      <ShellRoutes />
      <Where />
    </>,
    { path },
  );
}

/** Opens 暂缓 on an item's row, once the row is there: its dialog. */
async function openSnooze(itemKey: string) {
  const row = await waitFor(() => {
    const found = document.querySelector(`tr[data-item-key="${itemKey}"]`) as HTMLElement | null;
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  await act(async () => fireEvent.click(within(row).getByRole('button', { name: /暂\s*缓/ })));
  return screen.findByRole('dialog');
}

const names = (query: string) => requests.filter((r) => r.query.includes(query));

beforeEach(() => {
  answer = () => undefined;
  sessionStorage.clear();
  requests = stubGateway((body) => answer(body));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the inbox model', () => {
  it('counts what is still to do: snoozed items and items done in their present state left out', () => {
    // 1 entities + 2 sampling (s1, s2) open; s3 snoozed; s4 done while OVERDUE but it is DUE_SOON now: open again.
    expect(openCount(inbox(), TODAY)).toBe(4);
    const s4 = inbox().sampling[3];
    expect(markEffect(s4, { itemKey: s4.key, doneAt: 'x', state: 'DUE_SOON' }, TODAY)).toBe('done');
    expect(markEffect(s4, { itemKey: s4.key, doneAt: 'x', state: 'OVERDUE' }, TODAY)).toBe('open');
    // A snooze ends on its day: the item is back that morning.
    expect(markEffect(s4, { itemKey: s4.key, snoozedUntil: TODAY }, TODAY)).toBe('open');
    expect(markEffect(s4, { itemKey: s4.key, snoozedUntil: addDays(TODAY, 1) }, TODAY)).toBe('snoozed');
  });

  it('groups by domain in the navigation’s order, each group by due date, the unavailable part as null', () => {
    const order = SECTIONS.map((s) => s.name);
    const label = (d: string) => SECTIONS.find((s) => s.name === d)?.label ?? d;
    const view = inboxView<Item>(inbox(), TODAY, order, label);
    expect(view.groups.map((g) => g.label)).toEqual(
      ['entities', 'sampling', 'risk'].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map(label),
    );
    const sampling = view.groups.find((g) => g.domain === 'sampling');
    expect(sampling?.items?.map((i) => i.recordCode)).toEqual(['CY-1', 'CY-2', 'CY-4']);
    expect(view.groups.find((g) => g.domain === 'risk')?.items).toBeNull();
    expect(view.marked.map((m) => [m.item.recordCode, m.effect])).toEqual([['CY-3', 'snoozed']]);
    expect(view.open).toBe(4);
    // Same due date: the key decides, so the order never changes between two loads.
    const tie = {
      ...inbox(),
      sampling: [item('sampling', 'b', TODAY, 'DUE_SOON'), item('sampling', 'a', TODAY, 'DUE_SOON')],
      marks: [],
    };
    expect(inboxView<Item>(tie, TODAY, order, label).groups[1].items?.map((i) => i.recordId)).toEqual(['a', 'b']);
  });

  it('accepts a snooze only to a day after today and within 30 days', () => {
    expect(snoozeError(null, TODAY)).toBe('请选择暂缓至哪一天');
    expect(snoozeError('2024-13', TODAY)).toBe('日期格式应为 YYYY-MM-DD');
    expect(snoozeError(TODAY, TODAY)).toBe('暂缓日期须晚于今天');
    expect(snoozeError(addDays(TODAY, -1), TODAY)).toBe('暂缓日期须晚于今天');
    expect(snoozeError(addDays(TODAY, 1), TODAY)).toBeNull();
    expect(snoozeError(addDays(TODAY, 30), TODAY)).toBeNull();
    expect(snoozeError(addDays(TODAY, 31), TODAY)).toBe('最多暂缓 30 天');
  });
});

describe('the bell', () => {
  it('shows the count without snoozed or done items, and opens the inbox', async () => {
    answer = inboxGateway();
    renderShell('/no-such-page');
    const bell = await screen.findByTestId('inbox-bell');
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('4'));
    expect(bell.getAttribute('aria-label')).toBe('待办事项 4 项(部分领域暂不可用)');
    expect(names('query InboxBell')).toHaveLength(1);
    await act(async () => fireEvent.click(bell));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/inbox'));
    // A navigation counts again.
    await waitFor(() => expect(names('query InboxBell').length).toBeGreaterThanOrEqual(2));
  });

  it('counts again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    answer = inboxGateway();
    renderShell('/no-such-page');
    const bell = await screen.findByTestId('inbox-bell');
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('4'));
    const before = names('query InboxBell').length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    await waitFor(() => expect(names('query InboxBell').length).toBe(before + 1));
  });

  it.each(['partner', 'village'])('is not there for a %s user, who is never asked about an inbox', async (role) => {
    renderShell('/no-such-page', role);
    await screen.findByTestId('current-user');
    await screen.findByText('页面不存在');
    expect(screen.queryByTestId('inbox-bell')).toBeNull();
    expect(names('inbox')).toEqual([]);
  });
});

describe('the inbox page', () => {
  it('lists each domain’s open items by due date with state, code, title, due date and link; a part down says so', async () => {
    answer = inboxGateway();
    renderShell('/inbox');
    const sampling = await screen.findByText('抽检监测', { selector: '.ant-card-head-title' });
    const card = sampling.closest('[data-inbox-domain]') as HTMLElement;
    const rows = () => [...card.querySelectorAll('tr[data-item-key]')] as HTMLElement[];
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((r) => r.getAttribute('data-item-key'))).toEqual([
      'sampling:CLOCK:s1',
      'sampling:CLOCK:s2',
      'sampling:CLOCK:s4',
    ]);
    const first = within(rows()[0]);
    expect(first.getByText('已超期')).toBeTruthy();
    expect(first.getByText('CY-1')).toBeTruthy();
    expect(first.getByText(addDays(TODAY, -5))).toBeTruthy();
    expect(first.getByRole('link', { name: '记录 CY-1:时限' }).getAttribute('href')).toBe('/sampling/s1');
    expect(within(rows()[2]).getByText('即将到期')).toBeTruthy();
    // Risk did not answer: its part says so, the others show.
    const risk = document.querySelector('[data-inbox-domain="risk"]') as HTMLElement;
    expect(risk.textContent).toContain('「风险与应急」暂不可用');
    expect(screen.getByTestId('inbox-summary').textContent).toContain('共 4 项待办,其中已超期 2 项');
    // The snoozed one waits, folded, under 已暂缓/已处理.
    const marked = screen.getByTestId('inbox-marked');
    expect(marked.textContent).toContain('已暂缓/已处理(1)');
    await act(async () => fireEvent.click(within(marked).getByRole('button', { name: /展\s*开/ })));
    expect(within(marked).getByText(`暂缓至 ${addDays(TODAY, 1)}`)).toBeTruthy();
  });

  it('exports the items as the page lists them, the marked ones with their mark, to a dated file', async () => {
    const rows = inboxExportRows(
      inboxView(inbox(), TODAY, ['entities', 'sampling', 'risk'], (d) => `领域 ${d}`),
      (d) => `领域 ${d}`,
    );
    const cells = rows.map((row) =>
      INBOX_EXPORT_COLUMNS.map((c) => (typeof c.value === 'function' ? c.value(row) : row[c.value])),
    );
    expect(cells).toEqual([
      ['领域 entities', '即将到期', 'ZT-1', '记录 ZT-1:时限', addDays(TODAY, 2), ''],
      ['领域 sampling', '已超期', 'CY-1', '记录 CY-1:时限', addDays(TODAY, -5), ''],
      ['领域 sampling', '已超期', 'CY-2', '记录 CY-2:时限', addDays(TODAY, -1), ''],
      ['领域 sampling', '即将到期', 'CY-4', '记录 CY-4:时限', addDays(TODAY, 1), ''],
      ['领域 sampling', '已超期', 'CY-3', '记录 CY-3:时限', addDays(TODAY, -3), `暂缓至 ${addDays(TODAY, 1)}`],
    ]);

    const created = vi.fn(() => 'blob:inbox');
    vi.spyOn(URL, 'createObjectURL').mockImplementation(created);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    answer = inboxGateway();
    renderShell('/inbox');
    await screen.findByText('抽检监测', { selector: '.ant-card-head-title' });
    const asked = names('query InboxPage').length;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出待办事项/ })));
    await waitFor(() => expect(created).toHaveBeenCalled());
    // The page's answer is what it saves: no request of its own.
    expect(names('query InboxPage')).toHaveLength(asked);
    expect(saved).toEqual([`待办事项-${TODAY}.xlsx`]);
    click.mockRestore();
  });

  it('asks for the chosen window of working days', async () => {
    answer = inboxGateway();
    renderShell('/inbox?within=10');
    await screen.findByTestId('inbox-summary');
    expect(names('query InboxPage').at(-1)?.variables).toEqual({ withinWorkingDays: 10 });
    await act(async () => fireEvent.click(screen.getByText('5个工作日内')));
    await waitFor(() => expect(names('query InboxPage').at(-1)?.variables).toEqual({ withinWorkingDays: 5 }));
  });

  it('snoozes an item to tomorrow by default, then the item and the bell’s count drop by one', async () => {
    let snoozed = false;
    const data = () => {
      const d = inbox();
      if (snoozed)
        d.marks.push({
          __typename: 'InboxMark',
          itemKey: 'sampling:CLOCK:s1',
          snoozedUntil: addDays(TODAY, 1),
          doneAt: null,
          state: null,
        });
      return d;
    };
    const inboxAnswer = inboxGateway(data);
    answer = (body) => {
      if (body.query.includes('mutation SnoozeInboxItem')) {
        snoozed = true;
        const { itemKey, until } = body.variables as { itemKey: string; until: string };
        return {
          data: {
            snoozeInboxItem: { __typename: 'InboxMark', itemKey, snoozedUntil: until, doneAt: null, state: null },
          },
        };
      }
      return inboxAnswer(body);
    };
    renderShell('/inbox');
    const bell = await screen.findByTestId('inbox-bell');
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('4'));
    const dialog = await openSnooze('sampling:CLOCK:s1');
    expect((within(dialog).getByLabelText('暂缓至') as HTMLInputElement).value).toBe(addDays(TODAY, 1));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /暂\s*缓/ })));
    await waitFor(() => expect(names('mutation SnoozeInboxItem')).toHaveLength(1));
    expect(names('mutation SnoozeInboxItem')[0].variables).toEqual({
      itemKey: 'sampling:CLOCK:s1',
      until: addDays(TODAY, 1),
    });
    await waitFor(() => expect(document.querySelector('tr[data-item-key="sampling:CLOCK:s1"]')).toBeNull());
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('3'));
  });

  it('refuses a snooze date it cannot take, without asking the server', async () => {
    answer = inboxGateway();
    renderShell('/inbox');
    const dialog = await openSnooze('sampling:CLOCK:s1');
    // Cleared: no date chosen.
    const clear = dialog.querySelector('.ant-picker-clear') as HTMLElement;
    await act(async () => fireEvent.mouseDown(clear));
    await act(async () => fireEvent.mouseUp(clear));
    await act(async () => fireEvent.click(clear));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /暂\s*缓/ })));
    expect((await within(dialog).findByTestId('snooze-error')).textContent).toBe('请选择暂缓至哪一天');
    expect(names('mutation SnoozeInboxItem')).toEqual([]);
  });

  it('marks an item done in its state, and restores a snoozed one', async () => {
    answer = (body) => {
      if (body.query.includes('mutation MarkInboxItemDone'))
        return {
          data: {
            markInboxItemDone: {
              __typename: 'InboxMark',
              itemKey: 'sampling:CLOCK:s2',
              snoozedUntil: null,
              doneAt: new Date().toISOString(),
              state: 'OVERDUE',
            },
          },
        };
      if (body.query.includes('mutation ClearInboxMark')) return { data: { clearInboxMark: true } };
      return inboxGateway()(body);
    };
    renderShell('/inbox');
    const row = await waitFor(() => {
      const found = document.querySelector('tr[data-item-key="sampling:CLOCK:s2"]') as HTMLElement | null;
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    await act(async () => fireEvent.click(within(row).getByRole('button', { name: '已处理' })));
    await waitFor(() => expect(names('mutation MarkInboxItemDone')).toHaveLength(1));
    expect(names('mutation MarkInboxItemDone')[0].variables).toEqual({
      itemKey: 'sampling:CLOCK:s2',
      state: 'OVERDUE',
    });
    const marked = screen.getByTestId('inbox-marked');
    await act(async () => fireEvent.click(within(marked).getByRole('button', { name: /展\s*开/ })));
    const snoozed = marked.querySelector('tr[data-item-key="sampling:CLOCK:s3"]') as HTMLElement;
    await act(async () => fireEvent.click(within(snoozed).getByRole('button', { name: /恢\s*复/ })));
    await waitFor(() => expect(names('mutation ClearInboxMark')).toHaveLength(1));
    expect(names('mutation ClearInboxMark')[0].variables).toEqual({ itemKey: 'sampling:CLOCK:s3' });
  });
});
