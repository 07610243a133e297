import { DownloadOutlined } from '@ant-design/icons';
import {
  type Connection,
  errorMessage,
  fetchAllNodes,
  type TypedDocumentNode,
  useClient,
  useQuery,
} from '@shian/graphql-client';
import { DataTable, type ExportColumn, exportToExcel, useCursorPagination } from '@shian/ui-kit';
import { App as AntApp, Button, Flex, Input, Select, type TableColumnsType } from '@shian/antd';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from '@shian/router';
import { todayInChina } from '@shian/remote-kit';

type ListVariables<F> = { filter?: F | null; first?: number | null; after?: string | null };

export interface RecordListProps<Q, F, Row> {
  /** The list's name: the table's aria-label is `${label}列表`, the export file `${label}-<date>.xlsx`. */
  label: string;
  query: TypedDocumentNode<Q, ListVariables<F>>;
  pick: (data: Q) => Connection<Row> | null | undefined;
  filter: F;
  /** The columns; as a function, with `reload` for actions in a row. */
  columns: TableColumnsType<Row> | ((reload: () => void) => TableColumnsType<Row>);
  exportColumns: readonly ExportColumn<Row>[];
  /** Filters on the left of the toolbar. */
  filters?: ReactNode;
  /** Actions on the right (a create button); `reload` fetches the page again from the server. */
  actions?: (reload: () => void) => ReactNode;
}

/**
 * One list of the module: a table paged on the server with the page's filters, and 导出Excel of every row the
 * filters select (all pages, not only the one shown).
 */
export function RecordList<Q, F, Row extends object>(props: RecordListProps<Q, F, Row>) {
  const { label, query, pick, filter } = props;
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query,
    variables: { filter, ...pagination.variables },
  });
  const client = useClient();
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const connection = data ? pick(data) : undefined;

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows = await fetchAllNodes(client, query, { filter }, pick);
      await exportToExcel(rows, props.exportColumns, `${label}-${todayInChina()}`);
      message.success(`已导出 ${rows.length} 条`);
    } catch (e) {
      message.error(`导出失败:${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <DataTable<Row>
      aria-label={`${label}列表`}
      columns={typeof props.columns === 'function' ? props.columns(reload) : props.columns}
      data={connection}
      loading={fetching}
      error={error}
      onRetry={reload}
      pagination={pagination}
      toolbar={
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8} align="center">
            {props.filters}
          </Flex>
          <Flex gap={8}>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!connection?.totalCount}
              onClick={exportAll}
            >
              导出Excel
            </Button>
            {props.actions?.(reload)}
          </Flex>
        </Flex>
      }
    />
  );
}

/** The list's filters live in the URL, so going back keeps them. */
export function useUrlFilter() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key)?.trim() || undefined;
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { get, set };
}

/** A Select filter bound to one URL parameter. */
export function FilterSelect({
  name,
  label,
  options,
  width = 130,
  url,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  width?: number;
  url: ReturnType<typeof useUrlFilter>;
}) {
  return (
    <div data-filter={name}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        virtual={false}
        aria-label={label}
        placeholder={label}
        options={options}
        value={url.get(name)}
        onChange={(v?: string) => url.set(name, v)}
        style={{ width }}
        popupMatchSelectWidth={false}
      />
    </div>
  );
}

/** The search box, searching on the server when submitted. */
export function FilterSearch({ placeholder, url }: { placeholder: string; url: ReturnType<typeof useUrlFilter> }) {
  const [text, setText] = useState(url.get('search') ?? '');
  return (
    <Input.Search
      allowClear
      aria-label="搜索"
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => url.set('search', v.trim() || undefined)}
      style={{ width: 240 }}
    />
  );
}
