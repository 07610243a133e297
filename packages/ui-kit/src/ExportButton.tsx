import { DownloadOutlined } from '@ant-design/icons';
import type { AnyVariables } from '@shian/graphql-client';
import { Button } from 'antd';
import { kitT, t, useT } from './i18n';
import { type ListExport, useExcelExport, useListExport } from './useExcelExport';
import { todayInChina } from './chinaTime';
import type { ExportColumn } from './excel';

/**
 * 导出Excel for a list's toolbar: saves every row of the list's current filter as .xlsx (see `useListExport`); while it
 * runs the button shows how far it has come.
 */
export function ExportButton<
  Data,
  Variables extends AnyVariables & { first?: number | null; after?: string | null },
  T,
>(props: ListExport<Data, Variables, T> & { label?: string; disabled?: boolean }) {
  useT();
  const { exporting, progress, run } = useListExport(props);
  const label = props.label ? t(props.label) : kitT('导出Excel');
  return (
    <Button icon={<DownloadOutlined />} loading={exporting} disabled={props.disabled} onClick={run}>
      {exporting && progress ? `${label} ${Math.floor((progress.loaded / Math.max(1, progress.total)) * 100)}%` : label}
    </Button>
  );
}

/**
 * 导出Excel of a list the page already holds whole (an answer that is a plain list, not a paged connection): the same
 * file name (with the Beijing date) and messages as `ExportButton`; disabled while there is nothing to export.
 */
export function ExportRowsButton<T>(props: {
  rows: readonly T[];
  columns: readonly ExportColumn<T>[];
  filename: string;
  label?: string;
}) {
  useT();
  const { exporting, exportRows } = useExcelExport();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporting}
      disabled={!props.rows.length}
      onClick={() => exportRows(async () => props.rows, props.columns, `${t(props.filename)}-${todayInChina()}`)}
    >
      {props.label ? t(props.label) : kitT('导出Excel')}
    </Button>
  );
}
