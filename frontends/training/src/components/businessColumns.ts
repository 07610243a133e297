import type { TableColumnsType } from '@shian/antd';
import { exportCells, tableCells } from '@shian/remote-kit';
import type { ExportColumn } from '@shian/ui-kit';

/** A record of a business, as a list reads it (`entity { ...EntityRef }`, `township { ...TownshipRef }`). */
interface BusinessRow {
  entity?: { id: string; name?: string | null } | null;
  township?: { id: string; name?: string | null } | null;
}

const column = tableCells<BusinessRow>();
const cell = exportCells<BusinessRow>();

/**
 * Whose record a row is: the business, under the list's own title (`entity`: 受考主体, 小作坊, 所属主体), then its
 * township; the columns every training list of businesses' records shows (DataTable translates the titles).
 */
export const businessColumns = <Row extends BusinessRow>({ entity }: { entity: string }): TableColumnsType<Row> => [
  { title: entity, ...column.entity('entity') },
  { title: '乡镇(街道)', ...column.name('township') },
];

/** The same two columns in the list's export (the business's column `width` characters wide). */
export const businessExportColumns = <Row extends BusinessRow>({
  entity,
  width,
}: {
  entity: string;
  width: number;
}): ExportColumn<Row>[] => [
  { title: entity, value: cell.entity('entity'), width },
  { title: '乡镇(街道)', value: cell.name('township'), width: 12 },
];
