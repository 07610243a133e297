import { useQuery } from '@shian/graphql-client';
import { DataTable, optionsOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Flex, Select, type TableColumnsType, Tag } from '@shian/antd';
import { useState } from 'react';
import { Link } from '@shian/router';
import { remainingText } from '../components/Clocks';
import { SeizedItemActions } from '../components/SeizedItemActions';
import { graphql } from '../gql';
import type { SeizedItemFilter, SeizedItemListQuery, SeizedItemStatus } from '../gql/graphql';
import { SEIZED_STATUS } from '../labels';
import { useCanWrite, useModulePath } from '@shian/remote-kit';

const SeizedItemListDocument = graphql(`
  query SeizedItemList($filter: SeizedItemFilter, $first: Int, $after: String) {
    seizedItems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        quantity
        unit
        measure
        seizedOn
        status
        custodian
        location
        extended
        version
        releasedOn
        clock {
          status
          remaining
          period
          deadline
        }
        case {
          id
          title
        }
      }
    }
  }
`);

type Row = NonNullable<SeizedItemListQuery['seizedItems']>['nodes'][number];

/** 涉案财物: what is held, by whom and where, until when, and what became of it. */
export function SeizedItemsPage() {
  const [filter, setFilter] = useState<SeizedItemFilter>({ held: true });
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SeizedItemListDocument,
    variables: { filter, ...pagination.variables },
  });
  const canWrite = useCanWrite();
  const to = useModulePath();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const columns: TableColumnsType<Row> = [
    { title: '物品', dataIndex: 'name' },
    { title: '数量', key: 'q', render: (_, row) => `${row.quantity} ${row.unit}` },
    { title: '案件', key: 'case', render: (_, row) => <Link to={to(`/cases/${row.case.id}`)}>{row.case.title}</Link> },
    { title: '查封扣押日期', dataIndex: 'seizedOn' },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: SeizedItemStatus) => <StatusTag value={s} map={SEIZED_STATUS} />,
    },
    { title: '保管', key: 'custody', render: (_, row) => `${row.custodian} · ${row.location}` },
    {
      title: '期限',
      key: 'clock',
      render: (_, row) =>
        row.releasedOn ? (
          `已于${row.releasedOn}解除`
        ) : (
          <Tag color={row.clock.status === 'OVERDUE' ? 'red' : 'blue'}>{remainingText(row.clock)}</Tag>
        ),
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'a',
            render: (_: unknown, row: Row) => <SeizedItemActions item={row} onChanged={reload} />,
          },
        ]
      : []),
  ];
  const toolbar = (
    <Flex gap={8}>
      <div data-filter="held">
        <Select
          virtual={false}
          aria-label="范围"
          value={filter.held === true ? 'held' : (filter.status ?? 'all')}
          options={[
            { value: 'held', label: '查封扣押中' },
            { value: 'all', label: '全部' },
            ...optionsOf(SEIZED_STATUS),
          ]}
          onChange={(v: string) =>
            setFilter(v === 'held' ? { held: true } : v === 'all' ? {} : { status: v as SeizedItemStatus })
          }
          style={{ width: 150 }}
        />
      </div>
    </Flex>
  );
  return (
    <>
      <PageHeader title="涉案财物" subTitle="查封、扣押期限30日,经批准延长30日;退还、没收、销毁或随案移交" />
      <DataTable<Row>
        aria-label="涉案财物"
        columns={columns}
        data={data?.seizedItems}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={toolbar}
      />
    </>
  );
}
