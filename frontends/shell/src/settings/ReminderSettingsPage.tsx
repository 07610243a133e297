import { errorCode, useMutation, useQuery } from '@shian/graphql-client';
import { ErrorPanel, errorText, formatDateTime, labelOf, PageHeader, StatusTag, useT } from '@shian/ui-kit';
import {
  App as AntApp,
  Button,
  Flex,
  Popconfirm,
  Result,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from '@shian/antd';
import { useState } from 'react';
import { useSearchParams } from '@shian/router';
import { useSession } from '../session';
import { canManageReminders } from './access';
import { ChannelDialog, type EditedChannel } from './ChannelDialog';
import { DeliveriesPanel } from './DeliveriesPanel';
import { AUDIENCES, type Audience, CHANNEL_KINDS, type ChannelKind } from './model';
import { ReminderChannelsDocument, UpdateReminderChannelDocument } from './queries';
import { uiPage } from '../pages/uiPage';

/** `/settings`: 提醒设置 — the reminder channels, and 发送记录 of what the scheduler sent through them (leaders). */
function ReminderSettings() {
  const t = useT();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  if (!canManageReminders(user?.role))
    return (
      <Result
        status="403"
        title={t('无权查看')}
        subTitle={t('提醒设置仅供局领导使用')}
        data-testid="settings-forbidden"
      />
    );
  const tab = params.get('tab') === 'deliveries' ? 'deliveries' : 'channels';
  return (
    <>
      <PageHeader title="提醒设置">
        <Typography.Text type="secondary">
          {t('待办事项的每日汇总和超期提醒发往这些群机器人或回调地址;乡镇(街道)通道只收到本乡镇(街道)的事项。')}
        </Typography.Text>
      </PageHeader>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'deliveries' ? { tab: key } : {})}
        items={[
          {
            key: 'channels',
            label: t('提醒通道'),
            children: <ChannelsPanel onDeliveries={(id) => setParams({ tab: 'deliveries', channel: id })} />,
          },
          {
            key: 'deliveries',
            label: t('发送记录'),
            children: <DeliveriesPanel />,
          },
        ]}
      />
    </>
  );
}

type Channel = EditedChannel & {
  township?: { id: string; name: string } | null;
  alertsSince?: string | null;
  updatedAt: string;
};

function ChannelsPanel({ onDeliveries }: { onDeliveries: (channelId: string) => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReminderChannelsDocument });
  const [, update] = useMutation(UpdateReminderChannelDocument);
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const channels = (data?.reminderChannels ?? []) as Channel[];
  const townships = data?.townships ?? [];

  const setActive = async (channel: Channel, active: boolean) => {
    const result = await update({ id: channel.id, version: channel.version, input: { active } });
    if (result.error) {
      message.error(errorText(result.error));
      if (errorCode(result.error) === 'CONFLICT') reload();
      return;
    }
    message.success(t(active ? '已启用' : '已停用'));
    reload();
  };

  const columns: TableColumnsType<Channel> = [
    { title: t('名称'), dataIndex: 'name' },
    {
      title: t('类型'),
      dataIndex: 'kind',
      render: (kind: ChannelKind) => <StatusTag map={CHANNEL_KINDS} value={kind} />,
    },
    {
      title: t('范围'),
      key: 'scope',
      render: (_: unknown, c) => (c.townshipId ? (c.township?.name ?? c.townshipId) : t('全区')),
    },
    { title: t('提醒对象'), dataIndex: 'role', render: (role: Audience | null) => labelOf(AUDIENCES, role, '不限') },
    {
      title: t('回调地址'),
      dataIndex: 'url',
      render: (url: string) => (
        <Typography.Text style={{ maxWidth: 280 }} ellipsis={{ tooltip: url }}>
          {url}
        </Typography.Text>
      ),
    },
    {
      title: t('加签'),
      key: 'secret',
      render: (_: unknown, c) => (c.kind === 'DINGTALK' ? t(c.hasSecret ? '已设置' : '未设置') : '—'),
    },
    {
      title: t('状态'),
      dataIndex: 'active',
      render: (active: boolean) => (active ? <Tag color="success">{t('启用')}</Tag> : <Tag>{t('已停用')}</Tag>),
    },
    { title: t('修改时间'), dataIndex: 'updatedAt', render: formatDateTime },
    {
      title: t('操作'),
      key: 'actions',
      render: (_: unknown, c) => (
        <Flex gap={4}>
          <Button size="small" onClick={() => setEditing(c)}>
            {t('编辑')}
          </Button>
          {c.active ? (
            <Popconfirm
              title={t('停用后不再向该通道发送提醒,可随时重新启用。')}
              okText={t('停用')}
              cancelText={t('取消')}
              onConfirm={() => setActive(c, false)}
            >
              <Button size="small" danger>
                {t('停用')}
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" onClick={() => setActive(c, true)}>
              {t('启用')}
            </Button>
          )}
          <Button size="small" type="link" onClick={() => onDeliveries(c.id)}>
            {t('发送记录')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('新建通道')}
        </Button>
      </Flex>
      {error && !data?.reminderChannels ? (
        <ErrorPanel error={error} onRetry={reload} />
      ) : (
        <Table<Channel>
          aria-label="提醒通道"
          size="middle"
          rowKey="id"
          loading={fetching && !data}
          columns={columns}
          dataSource={channels}
          pagination={false}
          locale={{ emptyText: t('尚未设置提醒通道') }}
          scroll={{ x: 'max-content' }}
        />
      )}
      {editing && (
        <ChannelDialog
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          channel={editing === 'new' ? null : editing}
          townships={townships}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Flex>
  );
}

export default uiPage(ReminderSettings);
