import { SendOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType, Typography } from '@shian/antd';
import { type ExportColumn, PageHeader, t, useT } from '@shian/ui-kit';
import { RecordNoticeReplyButton } from '../components/RecordNoticeReplyButton';
import { SendNoticeButton } from '../components/SendNoticeButton';
import { exportCells, formatDate, ListTable, tableCells, useCanWrite, useListPage } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { NoticeListQuery } from '../gql/graphql';
import { NOTICE_KIND } from '../labels';
import { noticeExportColumns } from '../notices';
import { noticePrintColumn } from '../print/NoticePrint';

const NoticeListDocument = graphql(`
  query NoticeList($filter: NoticeFilter, $first: Int, $after: String) {
    notices(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...NoticeFields
        township {
          ...TownshipRef
        }
      }
    }
  }
`);

type Row = NonNullable<NoticeListQuery['notices']>['nodes'][number];

const cell = exportCells<Row>();

const EXPORT_COLUMNS: ExportColumn<Row>[] = [
  ...noticeExportColumns<Row>([{ title: '乡镇(街道)', value: cell.name('township'), width: 14 }]),
  { title: '内容', value: 'content', width: 50 },
  { title: '反馈日期', value: (row) => row.repliedOn ?? t('未反馈'), width: 12 },
  { title: '反馈内容', value: (row) => row.reply ?? '', width: 50 },
];

/** 提示函/督办函/整改通知 sent to townships. */
export function NoticesPage() {
  useT();
  const canWrite = useCanWrite();
  const list = useListPage({
    query: NoticeListDocument,
    filters: [
      { township: true, width: 160 },
      { name: 'kind', label: '类型', labels: NOTICE_KIND, width: 120 },
      { year: true },
    ],
    pick: (data) => data.notices,
  });
  const { reload } = list;
  const column = tableCells<Row>();

  const columns: TableColumnsType<Row> = [
    { title: '文号', dataIndex: 'number' },
    { title: '类型', ...column.tag('kind', NOTICE_KIND) },
    { title: '标题', dataIndex: 'title' },
    {
      title: '乡镇(街道)',
      ...column.link(
        (row) => row.township.name,
        (row) => `/townships/${row.township.id}`,
      ),
    },
    { title: '发文日期', ...column.date('sentOn') },
    { title: '办理期限', ...column.date('dueOn') },
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
          <Typography.Text type="secondary">{t('未反馈')}</Typography.Text>
        ),
    },
    noticePrintColumn,
  ];

  return (
    <>
      <PageHeader title="提示函与督办函" subTitle="向乡镇(街道)发出的提示函、督办函、整改通知" />
      <ListTable
        aria-label={t('函件列表')}
        list={list}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS, filename: t('提示函与督办函') }}
        actions={
          canWrite && (
            <SendNoticeButton
              onSent={reload}
              trigger={
                <Button type="primary" icon={<SendOutlined />}>
                  {t('发函')}
                </Button>
              }
            />
          )
        }
      />
    </>
  );
}
