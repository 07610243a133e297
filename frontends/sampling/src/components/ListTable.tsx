import type { AnyVariables } from '@shian/graphql-client';
import { Flex, InputNumber, type TableColumnsType } from '@shian/antd';
import type { ListPage } from '@shian/remote-kit';
import { DataTable, type ExportColumn, ExportButton, useT } from '@shian/ui-kit';
import type { ReactNode } from 'react';

type PagedVariables = AnyVariables & { first?: number | null; after?: string | null };

interface ListTableProps<Data, Variables extends PagedVariables, F, T> {
  /** The table's accessible name. */
  label: string;
  list: ListPage<Data, Variables, F, T>;
  columns: TableColumnsType<T>;
  /** 导出Excel: the file's columns (Chinese headings, labels for enum values) and its name before the date. */
  exportAs: { columns: readonly ExportColumn<T>[]; filename: string };
  /** The filters, bound to the list's address. */
  filters: ReactNode;
  /** Beside 导出Excel: what else the list offers (a new record). */
  actions?: ReactNode;
}

/** A list page's table: the filters on the left of its toolbar, 导出Excel of every row of them and the actions on the right. */
export function ListTable<Data, Variables extends PagedVariables, F, T extends object>(
  props: ListTableProps<Data, Variables, F, T>,
) {
  const { list } = props;
  return (
    <DataTable<T>
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
              {...list.exportOf(props.exportAs.columns, props.exportAs.filename)}
              disabled={!list.table.data?.totalCount}
            />
            {props.actions}
          </Flex>
        </Flex>
      }
    />
  );
}

/**
 * 年度 typed as a number: plans and the holiday calendar are set up for the coming year too, which the kit's
 * YearSelect (the years records span) does not offer.
 */
export function YearInput({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const t = useT();
  return (
    <InputNumber
      aria-label={t('年度')}
      min={2000}
      max={2100}
      value={value}
      onChange={(v) => v && onChange(v)}
      addonAfter={t('年')}
    />
  );
}
