import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, labelOf, PageHeader } from '@shian/ui-kit';
import { Table } from '@shian/antd';
import { Link } from '@shian/router';
import { graphql } from '../gql';
import type { TownshipListQuery } from '../gql/graphql';
import { TOWNSHIP_KIND } from '../labels';
import { useModulePath } from '@shian/remote-kit';

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

export function TownshipsPage() {
  const to = useModulePath();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TownshipListDocument });
  const townships = data?.townships ?? [];
  return (
    <>
      <PageHeader title="乡镇(街道)" subTitle={data ? `共 ${townships.length} 个` : undefined} />
      {error ? (
        <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <Table<NonNullable<TownshipListQuery['townships']>[number]>
          aria-label="乡镇(街道)列表"
          rowKey="id"
          loading={fetching}
          dataSource={townships}
          pagination={false}
          columns={[
            {
              title: '名称',
              dataIndex: 'name',
              render: (name: string, t) => <Link to={to(`/townships/${t.id}`)}>{name}</Link>,
            },
            { title: '区划代码', dataIndex: 'id' },
            { title: '类型', dataIndex: 'kind', render: (kind) => labelOf(TOWNSHIP_KIND, kind) },
            { title: '主体数', dataIndex: 'entityCount', align: 'right' },
          ]}
        />
      )}
    </>
  );
}
