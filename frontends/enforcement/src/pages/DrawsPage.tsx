import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@shian/graphql-client';
import { DataTable, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Button, type TableColumnsType } from '@shian/antd';
import { Link, useNavigate } from '@shian/router';
import { graphql } from '../gql';
import type { DrawStatus, RandomDrawListQuery } from '../gql/graphql';
import { DRAW_STATUS } from '../labels';
import { useCanWriteDistrict, useModulePath } from '@shian/remote-kit';

const RandomDrawListDocument = graphql(`
  query RandomDrawList($first: Int, $after: String) {
    randomDraws(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        drawnOn
        status
        publishedOn
        populationCriteria
        populationSize
        entityCount
        inspectedCount
      }
    }
  }
`);

type Row = NonNullable<RandomDrawListQuery['randomDraws']>['nodes'][number];

/** 双随机抽查: every draw, how many were drawn and inspected, whether it is published. */
export function DrawsPage() {
  const pagination = useCursorPagination('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RandomDrawListDocument,
    variables: pagination.variables,
  });
  const to = useModulePath();
  const navigate = useNavigate();
  const district = useCanWriteDistrict();
  const columns: TableColumnsType<Row> = [
    {
      title: '抽查任务',
      dataIndex: 'title',
      render: (title: string, row) => <Link to={to(`/draws/${row.id}`)}>{title}</Link>,
    },
    { title: '抽取日期', dataIndex: 'drawnOn' },
    { title: '检查对象范围', dataIndex: 'populationCriteria' },
    { title: '抽取 / 名录', key: 'n', render: (_, row) => `${row.entityCount} / ${row.populationSize}` },
    { title: '已检查', dataIndex: 'inspectedCount' },
    { title: '状态', dataIndex: 'status', render: (s: DrawStatus) => <StatusTag value={s} map={DRAW_STATUS} /> },
    { title: '公示日期', dataIndex: 'publishedOn', render: (d?: string | null) => d ?? '—' },
  ];
  return (
    <>
      <PageHeader
        title="双随机抽查"
        subTitle="随机抽取检查对象、随机选派执法检查人员,抽查情况及查处结果及时公开"
        extra={
          district && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(to('/draws/new'))}>
              新建抽取
            </Button>
          )
        }
      />
      <DataTable<Row>
        aria-label="双随机抽查"
        columns={columns}
        data={data?.randomDraws}
        loading={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pagination={pagination}
      />
    </>
  );
}
