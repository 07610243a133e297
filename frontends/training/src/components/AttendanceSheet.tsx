import { exportCells, tableCells, useCanWrite } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { graphql } from '../gql';
import type { AttendanceSheetQuery, EntityCategory } from '../gql/graphql';
import { RecordAttendanceButton } from './RecordAttendanceButton';
import { SheetTable } from './SheetTable';

export const AttendanceSheetDocument = graphql(`
  query AttendanceSheet($filter: AttendanceFilter, $first: Int, $after: String) {
    attendances(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        personName
        jobTitle
        createdAt
        entity {
          ...EntityRef
        }
        township {
          ...TownshipRef
        }
      }
    }
  }
`);

const RemoveAttendanceMutation = graphql(`
  mutation RemoveAttendance($id: ID!) {
    removeAttendance(id: $id)
  }
`);

type Row = NonNullable<AttendanceSheetQuery['attendances']>['nodes'][number];

const cell = exportCells<Row>();

export const SHEET_COLUMNS = [
  { title: '姓名', value: 'personName' as const, width: 10 },
  { title: '岗位', value: 'jobTitle' as const, width: 14 },
  { title: '所属主体', value: cell.entity('entity'), width: 36 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 12 },
  { title: '签到时间', value: cell.dateTime('createdAt'), width: 18 },
];

/** 签到表 of one session: who attended, from which business; rows are added as a sheet (all or none). */
export function AttendanceSheet({
  sessionId,
  title,
  category,
}: {
  sessionId: string;
  title: string;
  category?: EntityCategory;
}) {
  const canWrite = useCanWrite();
  const t = useT();
  // DataTable translates these titles.
  const column = tableCells<Row>();
  const columns: TableColumnsType<Row> = [
    { title: '姓名', dataIndex: 'personName' },
    { title: '岗位', dataIndex: 'jobTitle' },
    { title: '所属主体', ...column.entity('entity') },
    { title: '乡镇(街道)', ...column.name('township') },
    { title: '签到时间', ...column.dateTime('createdAt') },
  ];
  return (
    <SheetTable
      label={t('签到表')}
      title={title}
      sessionId={sessionId}
      query={AttendanceSheetDocument}
      pick={(data) => data.attendances}
      columns={columns}
      exportColumns={SHEET_COLUMNS}
      searchPlaceholder={t('搜索姓名或岗位')}
      nameOf={(row) => row.personName}
      removal={RemoveAttendanceMutation}
      mayRemove={canWrite}
      record={(reload) => <RecordAttendanceButton sessionId={sessionId} category={category} onRecorded={reload} />}
    />
  );
}
