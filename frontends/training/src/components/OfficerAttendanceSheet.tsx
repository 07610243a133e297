import { exportCells, tableCells, useCanWriteDistrict } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { graphql } from '../gql';
import type { OfficerAttendanceSheetQuery } from '../gql/graphql';
import { OFFICER_EXPORT_COLUMNS, officerColumns } from './officerColumns';
import { RecordOfficerAttendanceButton } from './RecordOfficerAttendance';
import { SheetTable } from './SheetTable';

export const OfficerAttendanceSheetDocument = graphql(`
  query OfficerAttendanceSheet($filter: OfficerAttendanceFilter, $first: Int, $after: String) {
    officerAttendances(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        officerName
        badgeNumber
        unit
        hours
        createdAt
      }
    }
  }
`);

const RemoveOfficerAttendanceMutation = graphql(`
  mutation RemoveOfficerAttendance($id: ID!) {
    removeOfficerAttendance(id: $id)
  }
`);

type Row = NonNullable<OfficerAttendanceSheetQuery['officerAttendances']>['nodes'][number];

const cell = exportCells<Row>();

export const OFFICER_SHEET_COLUMNS = [
  ...OFFICER_EXPORT_COLUMNS,
  { title: '计入学时', value: 'hours' as const, width: 10 },
  { title: '签到时间', value: cell.dateTime('createdAt'), width: 18 },
];

/** 签到表 of an officers' session: officers from the inspector roll, the hours each is credited. */
export function OfficerAttendanceSheet({
  sessionId,
  title,
  sessionHours,
}: {
  sessionId: string;
  title: string;
  sessionHours: number;
}) {
  const canWrite = useCanWriteDistrict();
  const t = useT();
  // DataTable translates these titles.
  const column = tableCells<Row>();
  const columns: TableColumnsType<Row> = [
    ...officerColumns<Row>(),
    { title: '计入学时', dataIndex: 'hours' },
    { title: '签到时间', ...column.dateTime('createdAt') },
  ];
  return (
    <SheetTable
      label={t('执法人员签到表')}
      title={title}
      sessionId={sessionId}
      query={OfficerAttendanceSheetDocument}
      pick={(data) => data.officerAttendances}
      columns={columns}
      exportColumns={OFFICER_SHEET_COLUMNS}
      searchPlaceholder={t('搜索姓名、执法证号或科室(所)')}
      nameOf={(row) => row.officerName}
      removal={RemoveOfficerAttendanceMutation}
      mayRemove={canWrite}
      record={(reload) => (
        <RecordOfficerAttendanceButton sessionId={sessionId} sessionHours={sessionHours} onRecorded={reload} />
      )}
    />
  );
}
