import { useQuery } from '@shian/graphql-client';
import {
  DataTable,
  type ExportColumn,
  ExportButton,
  formatDateTime,
  type LabelMap,
  labelOf,
  optionsOf,
  StatusTag,
  useCursorPagination,
  useT,
} from '@shian/ui-kit';
import { Flex, Select, type TableColumnsType, Typography } from '@shian/antd';
import { useSearchParams } from '@shian/router';
import type { ReminderDeliveriesQuery } from '../gql/graphql';
import { DELIVERY_KINDS, DELIVERY_STATUSES } from './model';
import { ReminderChannelsDocument, ReminderDeliveriesDocument } from './queries';

type Delivery = NonNullable<ReminderDeliveriesQuery['reminderDeliveries']>['nodes'][number];
type Status = keyof typeof DELIVERY_STATUSES;
type Kind = keyof typeof DELIVERY_KINDS;

/** An export's cell for an instant: Beijing time, blank when there is none. */
const exportedAt = (value: string | null | undefined) => (value ? formatDateTime(value) : '');

const EXPORT_COLUMNS: ExportColumn<Delivery>[] = [
  { title: '通道', value: (d) => d.channel.name, width: 24 },
  { title: '类型', value: (d) => labelOf(DELIVERY_KINDS, d.kind as Kind) },
  { title: '周期/事项', value: 'periodKey', width: 36 },
  { title: '状态', value: (d) => labelOf(DELIVERY_STATUSES, d.status as Status) },
  { title: '事项数', value: (d) => d.itemCount ?? '' },
  { title: '尝试次数', value: 'attempts' },
  { title: 'HTTP 状态码', value: (d) => d.responseStatus ?? '' },
  { title: '失败原因', value: (d) => d.lastError ?? '', width: 40 },
  { title: '摘要', value: (d) => d.summary ?? '', width: 60 },
  { title: '送达时间', value: (d) => exportedAt(d.sentAt), width: 18 },
  { title: '生成时间', value: (d) => exportedAt(d.createdAt), width: 18 },
];

/** The result cell: the last failure with the HTTP status it came with, or the status alone. */
function DeliveryResult({ delivery: d }: { delivery: Delivery }) {
  const status = d.responseStatus ? `HTTP ${d.responseStatus}` : null;
  if (!d.lastError) return status ?? '—';
  return (
    <Typography.Text type="danger" style={{ maxWidth: 260 }} ellipsis={{ tooltip: d.lastError }}>
      {status ? `${status} · ` : ''}
      {d.lastError}
    </Typography.Text>
  );
}

const COLUMNS: TableColumnsType<Delivery> = [
  { title: '通道', key: 'channel', render: (_: unknown, d) => d.channel.name },
  { title: '类型', dataIndex: 'kind', render: (k: Kind) => labelOf(DELIVERY_KINDS, k) },
  { title: '周期/事项', dataIndex: 'periodKey' },
  { title: '状态', dataIndex: 'status', render: (s: Status) => <StatusTag map={DELIVERY_STATUSES} value={s} /> },
  { title: '事项数', dataIndex: 'itemCount', render: (n: number | null) => n ?? '—' },
  { title: '尝试', dataIndex: 'attempts' },
  { title: '结果', key: 'result', render: (_: unknown, d) => <DeliveryResult delivery={d} /> },
  { title: '送达时间', dataIndex: 'sentAt', render: formatDateTime },
  { title: '生成时间', dataIndex: 'createdAt', render: formatDateTime },
];

/** One of the toolbar's filters: cleared, it lists everything (its placeholder says so). */
function FilterSelect<V extends string>(props: {
  'aria-label': string;
  placeholder: string;
  width: number;
  value: V | undefined;
  options: { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
}) {
  return (
    <Select<V>
      aria-label={props['aria-label']}
      allowClear
      placeholder={props.placeholder}
      style={{ width: props.width }}
      virtual={false}
      value={props.value}
      options={props.options}
      onChange={(value?: V) => props.onChange(value)}
    />
  );
}

/** A filter's value from the address, if it is one the list knows. */
const known = <K extends string>(map: LabelMap<K>, value: string | null) =>
  value !== null && value in map ? (value as K) : undefined;

/**
 * 发送记录: newest first, paged on the server, filtered by channel, kind and status (kept in the address, beside
 * `?tab=deliveries`); 导出Excel saves every delivery of the filter.
 */
export function DeliveriesPanel() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const channelId = params.get('channel') ?? undefined;
  const kind = known(DELIVERY_KINDS, params.get('kind'));
  const status = known(DELIVERY_STATUSES, params.get('status'));
  const setFilter = (name: 'channel' | 'kind' | 'status', value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('tab', 'deliveries');
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const filter = { ...(channelId ? { channelId } : {}), ...(status ? { status } : {}), ...(kind ? { kind } : {}) };
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data: channels }] = useQuery({ query: ReminderChannelsDocument });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReminderDeliveriesDocument,
    variables: { filter, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });

  return (
    <DataTable<Delivery>
      aria-label="提醒发送记录"
      columns={COLUMNS}
      data={data?.reminderDeliveries}
      loading={fetching}
      error={error}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      pagination={pagination}
      toolbar={
        <Flex gap={8} wrap align="center">
          <FilterSelect
            aria-label="通道"
            placeholder={t('全部通道')}
            width={220}
            value={channelId}
            options={(channels?.reminderChannels ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id) => setFilter('channel', id)}
          />
          <FilterSelect<Kind>
            aria-label="类型"
            placeholder={t('全部类型')}
            width={140}
            value={kind}
            options={optionsOf(DELIVERY_KINDS)}
            onChange={(k) => setFilter('kind', k)}
          />
          <FilterSelect<Status>
            aria-label="状态"
            placeholder={t('全部状态')}
            width={200}
            value={status}
            options={optionsOf(DELIVERY_STATUSES)}
            onChange={(s) => setFilter('status', s)}
          />
          <ExportButton
            document={ReminderDeliveriesDocument}
            variables={{ filter }}
            pick={(d) => d.reminderDeliveries}
            columns={EXPORT_COLUMNS}
            filename="提醒发送记录"
            disabled={!data?.reminderDeliveries?.totalCount}
          />
        </Flex>
      }
    />
  );
}
