import { PageHeader, StatusTag, useT } from '@shian/ui-kit';
import { Flex, type TableColumnsType, Typography } from '@shian/antd';
import { OverdueTag } from '../components/Clocks';
import { ComplaintActions, type ComplaintRow as Row } from '../components/ComplaintActions';
import { COMPLAINT_EXPORT_COLUMNS } from '../components/ComplaintExport';
import { ListTable, ModuleLink, tableCells, useCanWrite, useCanWriteDistrict, useListPage } from '@shian/remote-kit';
import { NewComplaintButton } from '../components/NewComplaintButton';
import { graphql } from '../gql';
import type { ComplaintOutcome } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND, COMPLAINT_OUTCOME, COMPLAINT_STATUS } from '../labels';

export const ComplaintListQueryDocument = graphql(`
  query ComplaintList($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        code
        kind
        channel
        status
        outcome
        version
        content
        receivedOn
        decidedOn
        answeredOn
        extended
        overdue
        nextStatuses
        complainant {
          name
          phone
          idNumber
          masked
          anonymous
        }
        maskedComplainant: complainant(masked: true) {
          name
          phone
        }
        entity {
          ...EntityRef
        }
        township {
          ...TownshipRef
        }
        clock {
          deadline
          status
        }
        case {
          id
          number
          title
        }
      }
    }
  }
`);

const column = tableCells<Row>();

/**
 * 投诉举报: the register with its filters (kept in the URL: what the list and the export ask for), each record's
 * statutory clock, the export (complainants masked by the server, whoever exports), registering one and the outcomes its
 * transition table allows. Partners never reach this page; the subgraph refuses them anyway.
 */
export function ComplaintsPage() {
  const t = useT();
  // A township officer sees their own township's records anyway: the township is district staff's filter.
  const district = useCanWriteDistrict();
  const list = useListPage({
    query: ComplaintListQueryDocument,
    filters: [
      { search: '搜索编号、内容或主体名称' },
      { year: true },
      { name: 'kind', label: '类别', labels: COMPLAINT_KIND, width: 90 },
      { name: 'channel', label: '渠道', labels: COMPLAINT_CHANNEL, width: 130 },
      { name: 'outcome', label: '处理结果', labels: COMPLAINT_OUTCOME, width: 130 },
      ...(district ? [{ township: true as const }] : []),
      { flag: 'overdue', label: '只看超期' },
    ],
    pick: (data) => data.complaints,
  });
  const canWrite = useCanWrite();
  const reload = list.reload;

  const columns: TableColumnsType<Row> = [
    {
      title: '登记编号',
      dataIndex: 'code',
      render: (code: string, row) => (
        <Flex gap={4} align="center" wrap>
          <span>{code}</span>
          <OverdueTag overdue={row.overdue} />
        </Flex>
      ),
    },
    { title: '类别', ...column.tag('kind', COMPLAINT_KIND) },
    { title: '渠道', ...column.tag('channel', COMPLAINT_CHANNEL) },
    {
      title: '投诉举报人',
      key: 'complainant',
      render: (_, row) =>
        row.complainant.anonymous ? (
          <Typography.Text type="secondary">{t('匿名')}</Typography.Text>
        ) : (
          <span title={row.complainant.masked ? t('个人信息仅承办人员可见') : undefined}>
            {row.complainant.name} {row.complainant.phone}
          </span>
        ),
    },
    { title: '被投诉举报主体', ...column.entity('entity') },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township.name ?? row.township.id },
    { title: '收到日期', dataIndex: 'receivedOn' },
    {
      title: '期限',
      key: 'clock',
      render: (_, row) => (row.clock.status === 'RUNNING' || row.clock.status === 'OVERDUE' ? row.clock.deadline : '—'),
    },
    { title: '状态', ...column.tag('status', COMPLAINT_STATUS) },
    {
      title: '处理结果',
      key: 'outcome',
      render: (_, row) => (
        <Flex gap={4} align="center" wrap>
          <StatusTag value={row.outcome as ComplaintOutcome} map={COMPLAINT_OUTCOME} />
          {row.case && <ModuleLink to={`/cases/${row.case.id}`}>{row.case.number ?? row.case.title}</ModuleLink>}
        </Flex>
      ),
    },
    {
      title: '办理',
      key: 'actions',
      render: (_, row) => canWrite && <ComplaintActions record={row} onChanged={reload} />,
    },
  ];

  return (
    <>
      <PageHeader
        title="投诉举报"
        subTitle="投诉7个工作日内决定是否受理;举报15个工作日内核查并决定是否立案(可延长15个工作日);超期标红"
      />
      <ListTable
        aria-label="投诉举报列表"
        columns={columns}
        list={list}
        exportAs={{ columns: COMPLAINT_EXPORT_COLUMNS, filename: t('投诉举报') }}
        actions={<NewComplaintButton onCreated={reload} />}
      />
    </>
  );
}
