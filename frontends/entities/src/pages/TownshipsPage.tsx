import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, type ExportColumn, ExportRowsButton, PageHeader, useT } from '@shian/ui-kit';
import { Table } from '@shian/antd';
import { graphql } from '../gql';
import type { TownshipListQuery } from '../gql/graphql';
import { TOWNSHIP_KIND } from '../labels';
import { exportCells, tableCells } from '@shian/remote-kit';

const TownshipListDocument = graphql(`
  query TownshipList {
    townships {
      id
      name
      kind
      entityCount
    }
  }
`);

type Township = NonNullable<TownshipListQuery['townships']>[number];

const cell = exportCells<Township>();
const column = tableCells<Township>();

const EXPORT_COLUMNS: ExportColumn<Township>[] = [
  { title: '名称', value: 'name', width: 16 },
  { title: '区划代码', value: 'id', width: 14 },
  { title: '类型', value: cell.label('kind', TOWNSHIP_KIND), width: 8 },
  { title: '主体数', value: 'entityCount', width: 10 },
];

export function TownshipsPage() {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TownshipListDocument });
  const townships = data?.townships ?? [];
  return (
    <>
      <PageHeader
        title="乡镇(街道)"
        subTitle={data ? t('共 {{count}} 个', { count: townships.length }) : undefined}
        extra={<ExportRowsButton rows={townships} columns={EXPORT_COLUMNS} filename="乡镇(街道)" />}
      />
      {error ? (
        <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <Table<Township>
          aria-label={t('乡镇(街道)列表')}
          rowKey="id"
          loading={fetching}
          dataSource={townships}
          pagination={false}
          columns={[
            { title: t('名称'), ...column.link('name', (township) => `/townships/${township.id}`) },
            { title: t('区划代码'), dataIndex: 'id' },
            { title: t('类型'), ...column.label('kind', TOWNSHIP_KIND) },
            { title: t('主体数'), dataIndex: 'entityCount', align: 'right' },
          ]}
        />
      )}
    </>
  );
}
