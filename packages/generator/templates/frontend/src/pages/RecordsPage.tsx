import { useQuery } from '@shian/graphql-client';
import { DataTable, PageHeader, useCursorPagination } from '@shian/ui-kit';
import { Input, type TableColumnsType } from '@shian/antd';
import { useSearchParams } from '@shian/router';
import { graphql } from '../gql';
import type { __Name__RecordFilter, __Name__RecordsQuery } from '../gql/graphql';

// Typed by codegen (`pnpm codegen`, part of `pnpm build`) against the supergraph's API schema: an operation the
// schema does not support fails the build, and `pnpm check:schema` names it when a subgraph change breaks it.
const __Name__RecordsDocument = graphql(`
  query __Name__Records($filter: __Name__RecordFilter, $first: Int, $after: String) {
    __nameCamel__Records(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        title
        townshipId
        recordedOn
        note
        entity {
          id
        }
      }
    }
  }
`);

type Row = __Name__RecordsQuery['__nameCamel__Records']['nodes'][number];

const columns: TableColumnsType<Row> = [
  { title: '标题', dataIndex: 'title' },
  { title: '所涉主体', key: 'entity', render: (_, row) => row.entity.id },
  { title: '乡镇(街道)代码', dataIndex: 'townshipId' },
  { title: '登记日期', dataIndex: 'recordedOn' },
  { title: '备注', dataIndex: 'note' },
];

/** __label__记录: searchable, paged on the server; the search is kept in the URL. */
export function RecordsPage() {
  const [params, setParams] = useSearchParams();
  const filter: __Name__RecordFilter = params.get('search') ? { search: params.get('search') } : {};
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: __Name__RecordsDocument,
    variables: { filter, ...pagination.variables },
  });
  return (
    <>
      <PageHeader title="__label__记录" />
      <DataTable<Row>
        aria-label="__label__记录列表"
        columns={columns}
        data={data?.__nameCamel__Records}
        loading={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pagination={pagination}
        toolbar={
          <Input.Search
            allowClear
            placeholder="搜索标题或备注"
            defaultValue={filter.search ?? ''}
            onSearch={(value) => setParams(value.trim() ? { search: value.trim() } : {}, { replace: true })}
            style={{ maxWidth: 320 }}
          />
        }
      />
    </>
  );
}
