import { DownloadOutlined } from '@ant-design/icons';
import { fetchAllNodes, useClient, useQuery } from '@shian/graphql-client';
import {
  DataTable,
  useExcelExport,
  labelOf,
  optionsOf,
  PageHeader,
  StatusTag,
  useCursorPagination,
  YearSelect,
} from '@shian/ui-kit';
import { Button, Flex, Select, type TableColumnsType } from '@shian/antd';
import { useSearchParams } from '@shian/router';
import { formatDate, todayInChina, useCanWrite } from '@shian/remote-kit';
import { RecordUpgradeButton } from '../components/RecordUpgradeButton';
import { graphql } from '../gql';
import type { WorkshopLevel, WorkshopUpgradeFilter, WorkshopUpgradeListQuery } from '../gql/graphql';
import { LEVEL } from '../labels';

export const WorkshopUpgradeListDocument = graphql(`
  query WorkshopUpgradeList($filter: WorkshopUpgradeFilter, $first: Int, $after: String) {
    workshopUpgrades(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        fromLevel
        toLevel
        acceptedOn
        acceptedBy
        improvements
        entity {
          id
          name
        }
        township {
          id
          name
        }
      }
    }
  }
`);

type Row = NonNullable<WorkshopUpgradeListQuery['workshopUpgrades']>['nodes'][number];

const EXPORT_COLUMNS = [
  { title: '验收日期', value: 'acceptedOn' as const, width: 12 },
  { title: '小作坊', value: (row: Row) => row.entity?.name ?? row.entity?.id ?? '—', width: 30 },
  { title: '乡镇(街道)', value: (row: Row) => row.township?.name ?? '', width: 12 },
  { title: '原等级', value: (row: Row) => labelOf(LEVEL, row.fromLevel), width: 10 },
  { title: '提升后等级', value: (row: Row) => labelOf(LEVEL, row.toLevel), width: 10 },
  { title: '验收人', value: 'acceptedBy' as const, width: 14 },
  { title: '整改提升内容', value: 'improvements' as const, width: 40 },
];

/** 小作坊提档升级: workshops accepted at a higher level, filterable by year and level, exported whole. */
export function UpgradesPage() {
  const [params, setParams] = useSearchParams();
  const filter: WorkshopUpgradeFilter = {};
  if (params.get('year')) filter.year = Number(params.get('year'));
  if (params.get('toLevel')) filter.toLevel = params.get('toLevel') as WorkshopLevel;
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WorkshopUpgradeListDocument,
    variables: { filter, ...pagination.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const client = useClient();
  const canWrite = useCanWrite();
  const { exporting, exportRows } = useExcelExport();

  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, WorkshopUpgradeListDocument, { filter }, (d) => d.workshopUpgrades),
      EXPORT_COLUMNS,
      `小作坊提档升级-${todayInChina()}`,
    );

  const columns: TableColumnsType<Row> = [
    { title: '验收日期', dataIndex: 'acceptedOn', render: formatDate },
    { title: '小作坊', key: 'entity', render: (_, row) => row.entity?.name ?? row.entity?.id ?? '—' },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township?.name ?? '—' },
    {
      title: '原等级',
      dataIndex: 'fromLevel',
      render: (value: WorkshopLevel) => <StatusTag value={value} map={LEVEL} />,
    },
    {
      title: '提升后等级',
      dataIndex: 'toLevel',
      render: (value: WorkshopLevel) => <StatusTag value={value} map={LEVEL} />,
    },
    { title: '验收人', dataIndex: 'acceptedBy' },
    { title: '整改提升内容', dataIndex: 'improvements' },
  ];

  return (
    <>
      <PageHeader title="小作坊提档升级" subTitle="验收通过的小作坊等级提升记录" />
      <DataTable<Row>
        aria-label="提档升级记录"
        columns={columns}
        data={data?.workshopUpgrades}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={
          <Flex wrap gap={8} justify="space-between">
            <Flex wrap gap={8}>
              <YearSelect value={filter.year ?? undefined} onChange={(year) => set('year', year)} />
              <Select
                allowClear
                virtual={false}
                aria-label="提升后等级"
                placeholder="提升后等级"
                options={optionsOf(LEVEL).filter((o) => o.value !== 'BASIC')}
                value={filter.toLevel ?? undefined}
                onChange={(value?: string) => set('toLevel', value)}
                style={{ width: 130 }}
              />
            </Flex>
            <Flex gap={8}>
              <Button
                icon={<DownloadOutlined />}
                loading={exporting}
                disabled={!data?.workshopUpgrades?.totalCount}
                onClick={exportAll}
              >
                导出Excel
              </Button>
              {canWrite && <RecordUpgradeButton onRecorded={reload} />}
            </Flex>
          </Flex>
        }
      />
    </>
  );
}
