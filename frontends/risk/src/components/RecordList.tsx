import { Flex, Switch, type TableColumnsType, Typography } from '@shian/antd';
import type { AnyVariables } from '@shian/graphql-client';
import { type ListPage, SelectFilter, useTownshipOptions } from '@shian/remote-kit';
import { DataTable, type ExportColumn, ExportButton, YearSelect } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { graphql } from '../gql';

/** What a list's query reads of its connection's page, for the pager and the export's walk. */
export const ListPageInfoFragment = graphql(`
  fragment ListPageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);

type PagedVariables = AnyVariables & { first?: number | null; after?: string | null };

/**
 * A list's filter as the address holds it: each filter field from its URL parameter (`{ townshipId: 'township' }`
 * reads `?township=…`), trimmed, null when absent so the server's filter is explicit. Enum values are passed on as
 * written: the gateway refuses one it does not know; `year` is read as a number.
 */
export function filterOf<F>(params: URLSearchParams, keys: { readonly [K in keyof F]?: string }): F {
  const filter: Record<string, string | number | null> = {};
  for (const [field, param] of Object.entries(keys) as [string, string][]) {
    const value = params.get(param)?.trim() || null;
    // The year is the schema's Int; anything else in the address is no year.
    filter[field] = field === 'year' ? Number(value) || null : value;
  }
  return filter as F;
}

export interface RecordListProps<Data, Variables extends PagedVariables, F, Row extends object> {
  /** The list's state (`useListPage` of the kit): its query, filters in the URL and paging. */
  list: ListPage<Data, Variables, F, Row>;
  /** The list's name (translated by the caller): the table's aria-label and the export file's name. */
  label: string;
  columns: TableColumnsType<Row>;
  exportColumns: readonly ExportColumn<Row>[];
  /** Filters on the left of the toolbar. */
  filters?: ReactNode;
  /** Actions on the right (a create button). */
  actions?: ReactNode;
}

/**
 * One list of the module: a table paged on the server under the filters in the URL, and 导出Excel of every row the
 * filters select (all pages, with progress and the kit's cap).
 */
export function RecordList<Data, Variables extends PagedVariables, F, Row extends object>(
  props: RecordListProps<Data, Variables, F, Row>,
) {
  const { list } = props;
  return (
    <DataTable<Row>
      aria-label={props.label}
      {...list.table}
      columns={props.columns}
      toolbar={
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8} align="center">
            {props.filters}
          </Flex>
          <Flex gap={8}>
            <ExportButton
              {...list.exportOf(props.exportColumns, props.label)}
              disabled={!list.table.data?.totalCount}
            />
            {props.actions}
          </Flex>
        </Flex>
      }
    />
  );
}

type UrlList = Pick<ListPage<unknown, PagedVariables, unknown, unknown>, 'params' | 'set'>;

/** 乡镇(街道): the list's `township` in the URL. */
export function TownshipFilter({ list }: { list: UrlList }) {
  const townships = useTownshipOptions();
  return <SelectFilter list={list} name="township" label="乡镇(街道)" options={townships.options} width={150} />;
}

/** 年度: the list's `year` in the URL. */
export function YearFilter({ list }: { list: UrlList }) {
  return (
    <div data-filter="year">
      <YearSelect value={Number(list.params.get('year')) || undefined} onChange={(year) => list.set('year', year)} />
    </div>
  );
}

/** An on/off filter (只看超期, 只看逾期未整改): `name=1` in the URL while on. */
export function SwitchFilter({
  list,
  name,
  label,
}: {
  list: UrlList;
  name: string;
  /** Translated by the caller. */
  label: string;
}) {
  return (
    <Flex gap={4} align="center">
      <Switch
        size="small"
        aria-label={label}
        checked={list.params.get(name) === '1'}
        onChange={(on) => list.set(name, on ? '1' : undefined)}
      />
      <Typography.Text>{label}</Typography.Text>
    </Flex>
  );
}
