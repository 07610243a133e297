import type { TableColumnsType } from '@shian/antd';
import type { ExportColumn } from '@shian/ui-kit';

/** What a row says of an officer of the inspector roll. */
interface OfficerRow {
  officerName: string;
  badgeNumber: string;
  unit: string;
}

/**
 * Who an officer is (姓名, 执法证号, 所属科室(所)), the first columns of every list of officers: a session's sign-in
 * sheet and a year's training hours, on screen (DataTable translates the titles) and in the export.
 */
export const officerColumns = <Row extends OfficerRow>(): TableColumnsType<Row> => [
  { title: '姓名', dataIndex: 'officerName' },
  { title: '执法证号', dataIndex: 'badgeNumber' },
  { title: '所属科室(所)', dataIndex: 'unit' },
];

export const OFFICER_EXPORT_COLUMNS: ExportColumn<OfficerRow>[] = [
  { title: '姓名', value: 'officerName', width: 10 },
  { title: '执法证号', value: 'badgeNumber', width: 18 },
  { title: '所属科室(所)', value: 'unit', width: 20 },
];
