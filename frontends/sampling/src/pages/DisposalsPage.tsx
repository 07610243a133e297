import { useQuery } from '@shian/graphql-client';
import { DataTable, labelOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Segmented, type TableColumnsType } from '@shian/antd';
import { useState } from 'react';
import { Link } from '@shian/router';
import { graphql } from '../gql';
import type { DisposalBoardQuery } from '../gql/graphql';
import { ACTION, CLOCK_STATUS, FAILURE_KIND } from '../labels';
import { useModulePath } from '@shian/remote-kit';

const DisposalBoardQueryDocument = graphql(`
  query DisposalBoard($filter: DisposalFilter, $first: Int, $after: String) {
    disposals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        startedOn
        completedOn
        actions
        extended
        caseNumber
        clock {
          deadline
          remaining
          status
          paused
        }
        sample {
          id
          foodName
          number
          failureKind
          entity {
            id
            name
            township {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Row = NonNullable<DisposalBoardQuery['disposals']>['nodes'][number];

/** 不合格处置看板: open disposals first choice, their deadlines and clocks. */
export function DisposalsPage() {
  const [open, setOpen] = useState<'open' | 'done' | 'all'>('open');
  const filter = open === 'all' ? {} : { open: open === 'open' };
  const pagination = useCursorPagination(open);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DisposalBoardQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const to = useModulePath();

  const columns: TableColumnsType<Row> = [
    {
      title: '样品',
      key: 'sample',
      render: (_, row) => <Link to={to(`/${row.sample.id}`)}>{row.sample.foodName}</Link>,
    },
    { title: '抽样单编号', key: 'number', render: (_, row) => row.sample.number },
    { title: '被抽样单位', key: 'entity', render: (_, row) => row.sample.entity?.name ?? '—' },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.sample.entity?.township?.name ?? '—' },
    { title: '不合格类型', key: 'kind', render: (_, row) => labelOf(FAILURE_KIND, row.sample.failureKind) },
    {
      title: '措施',
      dataIndex: 'actions',
      render: (actions: Row['actions']) => actions.map((a) => <StatusTag key={a} value={a} map={ACTION} />),
    },
    { title: '启动', dataIndex: 'startedOn' },
    {
      title: '期限',
      key: 'deadline',
      render: (_, row) => `${row.clock?.deadline ?? '暂停计时'}${row.extended ? '(已延长)' : ''}`,
    },
    { title: '时限状态', key: 'clock', render: (_, row) => <StatusTag value={row.clock?.status} map={CLOCK_STATUS} /> },
    { title: '完成', dataIndex: 'completedOn', render: (value: string | null) => value ?? '—' },
    { title: '案件编号', dataIndex: 'caseNumber', render: (value: string | null) => value ?? '—' },
  ];

  return (
    <>
      <PageHeader title="不合格处置看板" subTitle="下架、召回、封存、立案;核查处置期限(复检期间暂停)" />
      <DataTable<Row>
        aria-label="不合格处置"
        columns={columns}
        data={data?.disposals}
        loading={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pagination={pagination}
        toolbar={
          <Segmented
            value={open}
            onChange={(value) => setOpen(value as typeof open)}
            options={[
              { value: 'open', label: '处置中' },
              { value: 'done', label: '已完成' },
              { value: 'all', label: '全部' },
            ]}
          />
        }
      />
    </>
  );
}
