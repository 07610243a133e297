import { DownloadOutlined } from '@ant-design/icons';
import { Button } from '@shian/antd';
import { type ExportColumn, t, todayInChina, useExcelExport, useT } from '@shian/ui-kit';

/**
 * 导出Excel of a list the page already holds whole (the townships, the stations, a township's rounds and notices, the
 * year's 包保 officials): those answers are not paged connections, so ui-kit's ExportButton, which walks a
 * connection's pages, does not apply; the file (named as ExportButton names it, with the Beijing date) and the messages are the same.
 */
export function ExportRowsButton<T>({
  rows,
  columns,
  filename,
}: {
  rows: readonly T[];
  columns: readonly ExportColumn<T>[];
  filename: string;
}) {
  useT();
  const { exporting, exportRows } = useExcelExport();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporting}
      disabled={!rows.length}
      onClick={() => exportRows(async () => rows, columns, `${t(filename)}-${todayInChina()}`)}
    >
      {t('导出Excel')}
    </Button>
  );
}
