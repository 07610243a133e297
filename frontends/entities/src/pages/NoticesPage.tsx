import { SendOutlined } from '@ant-design/icons';
import { useQuery } from '@shian/graphql-client';
import { DataTable, optionsOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Button, Flex, Select, type TableColumnsType, Typography } from '@shian/antd';
import { Link, useSearchParams } from '@shian/router';
import { RecordNoticeReplyButton } from '../components/RecordNoticeReplyButton';
import { SendNoticeButton } from '../components/SendNoticeButton';
import { formatDate, useCanWrite, useModulePath, useTownshipOptions } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { NoticeFilter, NoticeKind, NoticeListQuery } from '../gql/graphql';
import { NOTICE_KIND } from '../labels';
import { noticePrintColumn } from '../print/NoticePrint';

const NoticeListDocument = graphql(`
  query NoticeList($filter: NoticeFilter, $first: Int, $after: String) {
    notices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        number
        title
        sentOn
        dueOn
        repliedOn
        reply
        content
        township {
          id
          name
        }
      }
    }
  }
`);

type Row = NonNullable<NoticeListQuery['notices']>['nodes'][number];

const THIS_YEAR = new Date().getFullYear();

/** 提示函/督办函/整改通知 sent to townships. */
export function NoticesPage() {
  const to = useModulePath();
  const canWrite = useCanWrite();
  const [params, setParams] = useSearchParams();
  const townships = useTownshipOptions();
  const filter: NoticeFilter = {};
  if (params.get('townshipId')) filter.townshipId = params.get('townshipId');
  if (params.get('kind')) filter.kind = params.get('kind') as NoticeKind;
  if (params.get('year')) filter.year = Number(params.get('year'));
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NoticeListDocument,
    variables: { filter, ...pagination.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<Row> = [
    { title: '文号', dataIndex: 'number' },
    { title: '类型', dataIndex: 'kind', render: (kind: NoticeKind) => <StatusTag value={kind} map={NOTICE_KIND} /> },
    { title: '标题', dataIndex: 'title' },
    {
      title: '乡镇(街道)',
      key: 'township',
      render: (_, row) => <Link to={to(`/townships/${row.township.id}`)}>{row.township.name}</Link>,
    },
    { title: '发文日期', dataIndex: 'sentOn', render: formatDate },
    { title: '办理期限', dataIndex: 'dueOn', render: formatDate },
    {
      title: '反馈',
      key: 'reply',
      render: (_, row) =>
        row.repliedOn ? (
          <Typography.Text ellipsis={{ tooltip: row.reply }} style={{ maxWidth: 240 }}>
            {formatDate(row.repliedOn)} {row.reply}
          </Typography.Text>
        ) : canWrite ? (
          // The list is already the caller's scope: a township officer sees only notices sent to their township.
          <RecordNoticeReplyButton notice={row} onRecorded={reload} />
        ) : (
          <Typography.Text type="secondary">未反馈</Typography.Text>
        ),
    },
    noticePrintColumn,
  ];

  return (
    <>
      <PageHeader title="提示函与督办函" subTitle="向乡镇(街道)发出的提示函、督办函、整改通知" />
      <DataTable<Row>
        aria-label="函件列表"
        columns={columns}
        data={data?.notices}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={
          <Flex wrap gap={8} justify="space-between">
            <Flex wrap gap={8}>
              <Select
                allowClear
                aria-label="乡镇(街道)"
                placeholder="乡镇(街道)"
                showSearch={{ optionFilterProp: 'label' }}
                options={townships.options}
                value={filter.townshipId ? String(filter.townshipId) : undefined}
                onChange={(value?: string) => set('townshipId', value)}
                style={{ width: 160 }}
              />
              <Select
                allowClear
                aria-label="类型"
                placeholder="类型"
                options={optionsOf(NOTICE_KIND)}
                value={filter.kind ?? undefined}
                onChange={(value?: string) => set('kind', value)}
                style={{ width: 120 }}
              />
              <Select
                allowClear
                aria-label="年度"
                placeholder="年度"
                options={Array.from({ length: 6 }, (_, i) => ({ value: THIS_YEAR - i, label: `${THIS_YEAR - i}年` }))}
                value={filter.year ?? undefined}
                onChange={(value?: number) => set('year', value)}
                style={{ width: 110 }}
              />
            </Flex>
            {canWrite && (
              <SendNoticeButton
                onSent={reload}
                trigger={
                  <Button type="primary" icon={<SendOutlined />}>
                    发函
                  </Button>
                }
              />
            )}
          </Flex>
        }
      />
    </>
  );
}
