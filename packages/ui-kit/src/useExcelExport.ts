import { errorMessage } from '@shian/graphql-client';
import { App } from 'antd';
import { useState } from 'react';
import { type ExportColumn, exportToExcel } from './excel';

/**
 * A list's 导出 button: `exportRows(collect, columns, filename)` gathers the rows (every page of the list's filter,
 * usually `fetchAllNodes`), saves them as .xlsx, and says 已导出 N 条 or 导出失败 with the reason; `exporting` is
 * for the button's loading state.
 */
export function useExcelExport() {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const exportRows = async <T>(
    collect: () => Promise<readonly T[]>,
    columns: readonly ExportColumn<T>[],
    filename: string,
  ): Promise<void> => {
    setExporting(true);
    try {
      const rows = await collect();
      await exportToExcel(rows, columns, filename);
      message.success(`已导出 ${rows.length} 条`);
    } catch (e) {
      message.error(`导出失败:${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, exportRows };
}
