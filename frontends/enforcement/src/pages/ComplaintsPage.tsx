import { DownloadOutlined } from '@ant-design/icons';
import { errorMessage, fetchAllNodes, useClient, useQuery } from '@shian/graphql-client';
import { DataTable, exportToExcel, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { App as AntApp, Button, Flex, type TableColumnsType, Typography } from '@shian/antd';
import { useState } from 'react';
import { Link, useSearchParams } from '@shian/router';
import { OverdueTag } from '../components/Clocks';
import {
  ComplaintEditButton,
  ComplaintExtendButton,
  ComplaintMoveButton,
  type ComplaintRow as Row,
  canEdit,
  canExtend,
} from '../components/ComplaintActions';
import {
  COMPLAINT_EXPORT_COLUMNS,
  ComplaintExportQueryDocument,
  type ComplaintExportRow,
} from '../components/ComplaintExport';
import { ComplaintFilters, complaintFilterFromParams } from '../components/ComplaintFilters';
import { NewComplaintButton } from '../components/NewComplaintButton';
import { graphql } from '../gql';
import type { ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND, COMPLAINT_OUTCOME, COMPLAINT_STATUS } from '../labels';
import { useCanWrite, useModulePath } from '@shian/remote-kit';

export const ComplaintListQueryDocument = graphql(`
  query ComplaintList($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
        entity {
          id
          name
        }
        township {
          id
          name
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

/**
 * 投诉举报: the register with channel, outcome, overdue and township filters (kept in the URL), each record's
 * statutory clock, the export (complainants masked by the server), registering one and the outcomes its
 * transition table allows. Partners never reach this page; the subgraph refuses them anyway.
 */
export function ComplaintsPage() {
  const [params, setParams] = useSearchParams();
  const filter = complaintFilterFromParams(params);
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ComplaintListQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const client = useClient();
  const canWrite = useCanWrite();
  const to = useModulePath();
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows = await fetchAllNodes(client, ComplaintExportQueryDocument, { filter }, (d) => d.complaints);
      await exportToExcel(
        rows as unknown as ComplaintExportRow[],
        COMPLAINT_EXPORT_COLUMNS,
        `投诉举报-${new Date().toISOString().slice(0, 10)}`,
      );
      message.success(`已导出 ${rows.length} 条(投诉举报人信息已脱敏)`);
    } catch (e) {
      message.error(`导出失败:${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };

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
    { title: '类别', dataIndex: 'kind', render: (v: ComplaintKind) => <StatusTag value={v} map={COMPLAINT_KIND} /> },
    {
      title: '渠道',
      dataIndex: 'channel',
      render: (v: ComplaintChannel) => <StatusTag value={v} map={COMPLAINT_CHANNEL} />,
    },
    {
      title: '投诉举报人',
      key: 'complainant',
      render: (_, row) =>
        row.complainant.anonymous ? (
          <Typography.Text type="secondary">匿名</Typography.Text>
        ) : (
          <span title={row.complainant.masked ? '个人信息仅承办人员可见' : undefined}>
            {row.complainant.name} {row.complainant.phone}
          </span>
        ),
    },
    { title: '被投诉举报主体', key: 'entity', render: (_, row) => row.entity.name ?? row.entity.id },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township.name ?? row.township.id },
    { title: '收到日期', dataIndex: 'receivedOn' },
    {
      title: '期限',
      key: 'clock',
      render: (_, row) => (row.clock.status === 'RUNNING' || row.clock.status === 'OVERDUE' ? row.clock.deadline : '—'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (v: ComplaintStatus) => <StatusTag value={v} map={COMPLAINT_STATUS} />,
    },
    {
      title: '处理结果',
      key: 'outcome',
      render: (_, row) => (
        <Flex gap={4} align="center" wrap>
          <StatusTag value={row.outcome as ComplaintOutcome} map={COMPLAINT_OUTCOME} />
          {row.case && <Link to={to(`/cases/${row.case.id}`)}>{row.case.number ?? row.case.title}</Link>}
        </Flex>
      ),
    },
    {
      title: '办理',
      key: 'actions',
      render: (_, row) =>
        canWrite && (
          <Flex gap={4} wrap>
            {row.nextStatuses.length > 0 && <ComplaintMoveButton record={row} onDone={reload} />}
            {canExtend(row) && <ComplaintExtendButton record={row} onDone={reload} />}
            {canEdit(row) && <ComplaintEditButton record={row} onDone={reload} />}
          </Flex>
        ),
    },
  ];

  const toolbar = (
    <Flex wrap gap={8} justify="space-between">
      <ComplaintFilters params={params} setFilter={setFilter} />
      <Flex gap={8}>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          disabled={!data?.complaints.totalCount}
          onClick={exportAll}
        >
          导出Excel
        </Button>
        {canWrite && <NewComplaintButton onCreated={reload} />}
      </Flex>
    </Flex>
  );

  return (
    <>
      <PageHeader
        title="投诉举报"
        subTitle="投诉7个工作日内决定是否受理;举报15个工作日内核查并决定是否立案(可延长15个工作日);超期标红"
      />
      <DataTable<Row>
        aria-label="投诉举报列表"
        columns={columns}
        data={data?.complaints}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={toolbar}
      />
    </>
  );
}
