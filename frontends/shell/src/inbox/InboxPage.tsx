import { domainLabel, useMutation, useQuery } from '@shian/graphql-client';
import { DownloadOutlined } from '@ant-design/icons';
import { ErrorPanel, errorText, PageHeader, PartUnavailable, todayInChina, useExcelExport, useT } from '@shian/ui-kit';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Modal,
  Segmented,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from '@shian/antd';
import dayjs from 'dayjs';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { Link, useSearchParams } from '@shian/router';
import { useSections } from '../domains';
import { useSession } from '../session';
import type { InboxItemFieldsFragment } from '../gql/graphql';
import {
  addDays,
  hasInbox,
  inboxView,
  MAX_SNOOZE_DAYS,
  type MarkedItem,
  snoozeError,
  STATE_LABELS,
  WINDOW_CHOICES,
  windowFromParam,
} from './model';
import {
  ClearInboxMarkDocument,
  InboxPageDocument,
  MarkInboxItemDoneDocument,
  SnoozeInboxItemDocument,
} from './queries';
import { dueOf, INBOX_EXPORT_COLUMNS, inboxExportRows, markText } from './export';
import { useInboxRefresh } from './refresh';
import { uiPage } from '../pages/uiPage';

type Item = InboxItemFieldsFragment;

function Due({ item }: { item: Item }) {
  return <span data-due>{dueOf(item)}</span>;
}

function StateTag({ state }: { state: Item['state'] }) {
  const t = useT();
  const s = STATE_LABELS[state];
  return <Tag color={s.color}>{t(s.label)}</Tag>;
}

function SnoozeDialog({
  item,
  today,
  onClose,
  onDone,
}: {
  item: Item | null;
  today: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [until, setUntil] = useState<string | null>(() => addDays(today, 1));
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, snooze] = useMutation(SnoozeInboxItemDocument);
  if (!item) return null;
  const submit = async () => {
    const invalid = snoozeError(until, today);
    setProblem(invalid);
    if (invalid || !until) return;
    const result = await snooze({ itemKey: item.key, until });
    if (result.error) {
      setProblem(errorText(result.error));
      return;
    }
    message.success(t('已暂缓至 {{date}}', { date: until }));
    onDone();
  };
  return (
    <Modal
      open
      title={t('暂缓提醒:{{title}}', { title: item.title })}
      okText={t('暂缓')}
      cancelText={t('取消')}
      confirmLoading={fetching}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t('暂缓期间本事项不计入待办,所选日期当天起重新提醒(须晚于今天,最多 {{days}} 天)。', {
            days: MAX_SNOOZE_DAYS,
          })}
        </Typography.Text>
        <label htmlFor="snooze-until">{t('暂缓至')}</label>
        <DatePicker
          id="snooze-until"
          aria-label="暂缓至"
          value={until ? dayjs(until) : null}
          format="YYYY-MM-DD"
          allowClear
          disabledDate={(d) => snoozeError(d.format('YYYY-MM-DD'), today) !== null}
          onChange={(d) => {
            setUntil(d ? d.format('YYYY-MM-DD') : null);
            setProblem(null);
          }}
          status={problem ? 'error' : undefined}
        />
        {problem && (
          <Typography.Text type="danger" role="alert" data-testid="snooze-error">
            {problem}
          </Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}

/**
 * The width below which an inbox table scrolls sideways. Wider, it fills its card and a long 事项 wraps, so that its
 * 期限 and 操作 stay in view (with 'max-content' one long title pushed them off the card).
 */
const INBOX_TABLE_WIDTH = 900;

/** `/inbox`: the user's open deadlines across the domains, with 暂缓, 已处理 and 恢复. */
function Inbox() {
  const t = useT();
  const { user } = useSession();
  const sections = useSections();
  const { message } = AntApp.useApp();
  const { changed } = useInboxRefresh();
  const [params, setParams] = useSearchParams();
  const within = windowFromParam(params.get('within'));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: InboxPageDocument,
    variables: { withinWorkingDays: within },
    requestPolicy: 'cache-and-network',
    pause: !hasInbox(user?.role),
  });
  const [snoozing, setSnoozing] = useState<Item | null>(null);
  const [showMarked, setShowMarked] = useState(false);
  const { exporting, exportRows } = useExcelExport();
  const [, markDone] = useMutation(MarkInboxItemDoneDocument);
  const [, clearMark] = useMutation(ClearInboxMarkDocument);
  const today = todayInChina();
  const order = useMemo(() => sections.map((s) => s.name), [sections]);
  const label = (domain: string) => t(sections.find((s) => s.name === domain)?.label ?? domainLabel(domain));
  const inbox = data?.inbox;
  // biome-ignore lint/correctness/useExhaustiveDependencies: label follows sections, which order already follows.
  const view = useMemo(() => (inbox ? inboxView<Item>(inbox, today, order, label) : undefined), [inbox, today, order]);

  if (!hasInbox(user?.role)) return <Empty description={t('待办事项仅供局机关和乡镇(街道)监管人员使用')} />;

  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    changed();
  };
  const done = async (item: Item) => {
    const result = await markDone({ itemKey: item.key, state: item.state });
    if (result.error) return void message.error(errorText(result.error));
    message.success(t('已标记为已处理'));
    reload();
  };
  const restore = async (marked: MarkedItem<Item>) => {
    const result = await clearMark({ itemKey: marked.item.key });
    if (result.error) return void message.error(errorText(result.error));
    message.success(t('已恢复提醒'));
    reload();
  };

  const columns: TableColumnsType<Item> = [
    { title: t('状态'), dataIndex: 'state', width: 100, render: (state: Item['state']) => <StateTag state={state} /> },
    { title: t('编号'), dataIndex: 'recordCode', width: 160, render: (code: string | null) => code ?? '—' },
    { title: t('事项'), dataIndex: 'title', render: (title: string, item) => <Link to={item.link}>{title}</Link> },
    { title: t('期限'), dataIndex: 'dueDate', width: 150, render: (_: unknown, item) => <Due item={item} /> },
    {
      title: t('操作'),
      key: 'actions',
      width: 160,
      // On a screen narrower than the table, the buttons stay in view while it scrolls.
      fixed: 'right',
      render: (_: unknown, item) => (
        <Flex gap={4}>
          <Button size="small" onClick={() => setSnoozing(item)}>
            {t('暂缓')}
          </Button>
          <Button size="small" onClick={() => done(item)}>
            {t('已处理')}
          </Button>
        </Flex>
      ),
    },
  ];
  const markedColumns: TableColumnsType<MarkedItem<Item>> = [
    { title: t('领域'), key: 'domain', width: 110, render: (_: unknown, m) => label(m.domain) },
    { title: t('状态'), key: 'state', width: 100, render: (_: unknown, m) => <StateTag state={m.item.state} /> },
    { title: t('编号'), key: 'code', width: 160, render: (_: unknown, m) => m.item.recordCode ?? '—' },
    { title: t('事项'), key: 'title', render: (_: unknown, m) => <Link to={m.item.link}>{m.item.title}</Link> },
    { title: t('期限'), key: 'due', width: 150, render: (_: unknown, m) => <Due item={m.item} /> },
    {
      title: t('标记'),
      key: 'mark',
      width: 200,
      render: (_: unknown, m) => markText(m),
    },
    {
      title: t('操作'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_: unknown, m) => (
        <Button size="small" onClick={() => restore(m)}>
          {t('恢复')}
        </Button>
      ),
    },
  ];

  const exportInbox = (shown: NonNullable<typeof view>) =>
    exportRows(async () => inboxExportRows(shown, label), INBOX_EXPORT_COLUMNS, `${t('待办事项')}-${todayInChina()}`);

  const overdue = view?.groups.reduce((n, g) => n + (g.items?.filter((i) => i.state === 'OVERDUE').length ?? 0), 0);
  return (
    <>
      <PageHeader
        title="待办事项"
        extra={
          <Flex gap={8} wrap align="center">
            <Segmented
              aria-label="提前提醒范围"
              value={within}
              options={WINDOW_CHOICES.map((n) => ({ value: n, label: t('{{count}}个工作日内', { count: n }) }))}
              onChange={(n) => setParams({ within: String(n) })}
            />
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!view || view.open + view.marked.length === 0}
              onClick={() => view && exportInbox(view)}
            >
              {t('导出待办事项')}
            </Button>
          </Flex>
        }
      >
        <Flex gap={8} wrap align="center">
          {user?.role === 'township' && <Tag color="blue">{t('本乡镇(街道)范围内的事项')}</Tag>}
          {view && (
            <Typography.Text type="secondary" data-testid="inbox-summary">
              {t('共 {{open}} 项待办,其中已超期 {{overdue}} 项;按期限排序,点击事项打开记录。', {
                open: view.open,
                overdue,
              })}
            </Typography.Text>
          )}
        </Flex>
      </PageHeader>
      {error && !inbox && <ErrorPanel error={error} onRetry={reload} />}
      {fetching && !data && <Skeleton active paragraph={{ rows: 6 }} />}
      {view && (
        <Flex vertical gap={16}>
          {view.groups.map((group) => (
            <Card
              key={group.domain}
              size="small"
              title={label(group.domain)}
              data-inbox-domain={group.domain}
              extra={
                group.items ? (
                  <Tag>{t('{{count}} 项', { count: group.items.length })}</Tag>
                ) : (
                  <Tag color="warning">{t('暂不可用')}</Tag>
                )
              }
            >
              {group.items === null ? (
                <PartUnavailable domain={group.domain} onRetry={reload} />
              ) : group.items.length === 0 ? (
                <Typography.Text type="secondary">{t('暂无到期事项')}</Typography.Text>
              ) : (
                <Table<Item>
                  size="small"
                  rowKey="key"
                  columns={columns}
                  dataSource={group.items}
                  pagination={false}
                  onRow={(item) => ({ 'data-item-key': item.key }) as HTMLAttributes<HTMLElement>}
                  scroll={{ x: INBOX_TABLE_WIDTH }}
                />
              )}
            </Card>
          ))}
          {view.marked.length > 0 && (
            <Card
              size="small"
              title={t('已暂缓/已处理({{count}})', { count: view.marked.length })}
              data-testid="inbox-marked"
              extra={
                <Button size="small" type="link" onClick={() => setShowMarked((v) => !v)}>
                  {t(showMarked ? '收起' : '展开')}
                </Button>
              }
            >
              {showMarked ? (
                <Table<MarkedItem<Item>>
                  size="small"
                  rowKey={(m) => m.item.key}
                  columns={markedColumns}
                  dataSource={view.marked}
                  pagination={false}
                  onRow={(m) => ({ 'data-item-key': m.item.key }) as HTMLAttributes<HTMLElement>}
                  scroll={{ x: INBOX_TABLE_WIDTH }}
                />
              ) : (
                <Typography.Text type="secondary">
                  {t('暂缓期间或标记已处理后不计入待办,可随时恢复提醒。')}
                </Typography.Text>
              )}
            </Card>
          )}
        </Flex>
      )}
      {snoozing && (
        <SnoozeDialog
          key={snoozing.key}
          item={snoozing}
          today={today}
          onClose={() => setSnoozing(null)}
          onDone={() => {
            setSnoozing(null);
            reload();
          }}
        />
      )}
    </>
  );
}

export default uiPage(Inbox);
