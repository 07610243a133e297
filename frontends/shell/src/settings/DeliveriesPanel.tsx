import { errorMessage, fetchAllNodes, useClient, useQuery } from '@shian/graphql-client';
import {
  DataTable,
  type ExportColumn,
  exportToExcel,
  labelOf,
  optionsOf,
  StatusTag,
  useCursorPagination,
} from '@shian/ui-kit';
import { App as AntApp, Button, Flex, Select, type TableColumnsType, Typography } from '@shian/antd';
import { useState } from 'react';
import type { ReminderDeliveriesQuery } from '../gql/graphql';
import { beijingDateTime } from '../inbox/model';
import { DELIVERY_KINDS, DELIVERY_STATUSES } from './model';
import { ReminderChannelsDocument, ReminderDeliveriesDocument } from './queries';

type Delivery = NonNullable<ReminderDeliveriesQuery['reminderDeliveries']>['nodes'][number];
type Status = keyof typeof DELIVERY_STATUSES;
type Kind = keyof typeof DELIVERY_KINDS;

const at = (value: string | null | undefined) => (value ? beijingDateTime(value) : '—');

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
  { title: '送达时间', value: (d) => (d.sentAt ? beijingDateTime(d.sentAt) : ''), width: 18 },
  { title: '生成时间', value: (d) => beijingDateTime(d.createdAt), width: 18 },
];

/** 发送记录: newest first, paged on the server, filtered by channel, kind and status; exported as filtered. */
export function DeliveriesPanel({
  channelId,
  onChannel,
}: {
  channelId?: string;
  onChannel: (channelId: string | undefined) => void;
}) {
  const { message } = AntApp.useApp();
  const client = useClient();
  const [status, setStatus] = useState<Status | undefined>();
  const [kind, setKind] = useState<Kind | undefined>();
  const [exporting, setExporting] = useState(false);
  const filter = { ...(channelId ? { channelId } : {}), ...(status ? { status } : {}), ...(kind ? { kind } : {}) };
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data: channels }] = useQuery({ query: ReminderChannelsDocument });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReminderDeliveriesDocument,
    variables: { filter, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows = await fetchAllNodes(client, ReminderDeliveriesDocument, { filter }, (d) => d.reminderDeliveries);
      await exportToExcel(rows, EXPORT_COLUMNS, '提醒发送记录');
      message.success(`已导出 ${rows.length} 条`);
    } catch (e) {
      message.error(`导出失败:${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<Delivery> = [
    { title: '通道', key: 'channel', render: (_: unknown, d) => d.channel.name },
    { title: '类型', dataIndex: 'kind', render: (k: Kind) => labelOf(DELIVERY_KINDS, k) },
    { title: '周期/事项', dataIndex: 'periodKey' },
    { title: '状态', dataIndex: 'status', render: (s: Status) => <StatusTag map={DELIVERY_STATUSES} value={s} /> },
    { title: '事项数', dataIndex: 'itemCount', render: (n: number | null) => n ?? '—' },
    { title: '尝试', dataIndex: 'attempts' },
    {
      title: '结果',
      key: 'result',
      render: (_: unknown, d) =>
        d.lastError ? (
          <Typography.Text type="danger" style={{ maxWidth: 260 }} ellipsis={{ tooltip: d.lastError }}>
            {d.responseStatus ? `HTTP ${d.responseStatus} · ` : ''}
            {d.lastError}
          </Typography.Text>
        ) : d.responseStatus ? (
          `HTTP ${d.responseStatus}`
        ) : (
          '—'
        ),
    },
    { title: '送达时间', dataIndex: 'sentAt', render: at },
    { title: '生成时间', dataIndex: 'createdAt', render: at },
  ];

  return (
    <DataTable<Delivery>
      aria-label="提醒发送记录"
      columns={columns}
      data={data?.reminderDeliveries}
      loading={fetching}
      error={error}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      pagination={pagination}
      toolbar={
        <Flex gap={8} wrap align="center">
          <Select
            aria-label="通道"
            allowClear
            placeholder="全部通道"
            style={{ width: 220 }}
            virtual={false}
            value={channelId}
            options={(channels?.reminderChannels ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id?: string) => onChannel(id)}
          />
          <Select
            aria-label="类型"
            allowClear
            placeholder="全部类型"
            style={{ width: 140 }}
            virtual={false}
            value={kind}
            options={optionsOf(DELIVERY_KINDS)}
            onChange={(k?: Kind) => setKind(k)}
          />
          <Select
            aria-label="状态"
            allowClear
            placeholder="全部状态"
            style={{ width: 200 }}
            virtual={false}
            value={status}
            options={optionsOf(DELIVERY_STATUSES)}
            onChange={(s?: Status) => setStatus(s)}
          />
          <Button onClick={exportAll} loading={exporting} disabled={!data?.reminderDeliveries?.totalCount}>
            导出Excel
          </Button>
        </Flex>
      }
    />
  );
}
