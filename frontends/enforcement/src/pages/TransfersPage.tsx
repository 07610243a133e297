import { useQuery } from '@shian/graphql-client';
import { DataTable, optionsOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Flex, Select, type TableColumnsType, Tag } from '@shian/antd';
import { useState } from 'react';
import { Link, useSearchParams } from '@shian/router';
import { remainingText } from '../components/Clocks';
import { TransferActions } from '../components/TransferActions';
import { graphql } from '../gql';
import type { TransferFilter, TransferKind, TransferListQuery } from '../gql/graphql';
import { DEPARTMENT, TRANSFER_KIND, TRANSFER_OUTCOME, TRANSFER_STATUS } from '../labels';
import { useIsPartner, useModulePath } from '@shian/remote-kit';

export const TransferListQueryDocument = graphql(`
  query TransferList($filter: TransferFilter, $first: Int, $after: String) {
    transfers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        department
        kind
        transferredOn
        reason
        status
        receivedOn
        receiptNumber
        outcome
        answeredOn
        answerClock {
          status
          remaining
          period
        }
        case {
          id
          number
          title
          entity {
            id
            name
          }
        }
      }
    }
  }
`);

type Row = NonNullable<TransferListQuery['transfers']>['nodes'][number];

/**
 * 移送 (行刑衔接 and 移送管辖): what was sent, to whom, and the receiving department's receipt and answer. A
 * partner sees only what was sent to it, and receives and answers here.
 */
export function TransferTable({ fixedStatus }: { fixedStatus?: TransferFilter['status'] }) {
  const partner = useIsPartner();
  const [params] = useSearchParams();
  // A link may open the list already filtered (the dashboard's 移送起诉 figure: ?year=2024&kind=CRIMINAL).
  const [filter, setFilter] = useState<TransferFilter>(() => ({
    ...(fixedStatus ? { status: fixedStatus } : {}),
    ...(Number(params.get('year')) ? { year: Number(params.get('year')) } : {}),
    ...(params.get('kind') && params.get('kind')! in TRANSFER_KIND ? { kind: params.get('kind') as TransferKind } : {}),
  }));
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TransferListQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const to = useModulePath();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const columns: TableColumnsType<Row> = [
    { title: '案件', key: 'case', render: (_, row) => <Link to={to(`/cases/${row.case.id}`)}>{row.case.title}</Link> },
    { title: '当事人', key: 'entity', render: (_, row) => row.case.entity?.name ?? row.case.entity?.id ?? '—' },
    ...(partner
      ? []
      : [
          {
            title: '接收部门',
            dataIndex: 'department',
            render: (d: Row['department']) => <StatusTag value={d} map={DEPARTMENT} />,
          },
        ]),
    { title: '类型', dataIndex: 'kind', render: (k: Row['kind']) => <StatusTag value={k} map={TRANSFER_KIND} /> },
    { title: '移送日期', dataIndex: 'transferredOn' },
    { title: '状态', dataIndex: 'status', render: (s: Row['status']) => <StatusTag value={s} map={TRANSFER_STATUS} /> },
    {
      title: '回执',
      key: 'receipt',
      render: (_, row) => (row.receiptNumber ? `${row.receiptNumber}(${row.receivedOn})` : '—'),
    },
    {
      title: '处理结果',
      key: 'outcome',
      render: (_, row) =>
        row.outcome ? (
          <StatusTag value={row.outcome} map={TRANSFER_OUTCOME} />
        ) : row.answerClock ? (
          <Tag color={row.answerClock.status === 'OVERDUE' ? 'red' : 'blue'}>答复{remainingText(row.answerClock)}</Tag>
        ) : (
          '—'
        ),
    },
    ...(partner
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, row: Row) => <TransferActions transfer={row} onChanged={reload} />,
          },
        ]
      : []),
  ];

  const toolbar = (
    <Flex wrap gap={8}>
      {filter.year && (
        <Tag closable onClose={() => setFilter({ ...filter, year: undefined })}>
          {filter.year}年
        </Tag>
      )}
      {!fixedStatus && (
        <div data-filter="status">
          <Select
            allowClear
            virtual={false}
            aria-label="移送状态"
            placeholder="状态"
            options={optionsOf(TRANSFER_STATUS)}
            value={filter.status ?? undefined}
            onChange={(status) => setFilter({ ...filter, status })}
            style={{ width: 120 }}
          />
        </div>
      )}
      {!partner && (
        <div data-filter="department">
          <Select
            allowClear
            virtual={false}
            aria-label="接收部门"
            placeholder="接收部门"
            options={optionsOf(DEPARTMENT)}
            value={filter.department ?? undefined}
            onChange={(department) => setFilter({ ...filter, department })}
            style={{ width: 150 }}
          />
        </div>
      )}
      <div data-filter="kind">
        <Select
          allowClear
          virtual={false}
          aria-label="移送类型"
          placeholder="类型"
          options={optionsOf(TRANSFER_KIND)}
          value={filter.kind ?? undefined}
          onChange={(kind) => setFilter({ ...filter, kind })}
          style={{ width: 160 }}
        />
      </div>
    </Flex>
  );

  return (
    <DataTable<Row>
      aria-label="移送列表"
      columns={columns}
      data={data?.transfers}
      loading={fetching}
      error={error}
      onRetry={reload}
      pagination={pagination}
      toolbar={toolbar}
    />
  );
}

export function TransfersPage() {
  return (
    <>
      <PageHeader title="案件移送" subTitle="涉嫌犯罪移送公安机关(行刑衔接)与移送管辖,接收部门的回执与答复" />
      <TransferTable />
    </>
  );
}
