import { exportCells, tableCells } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { AttendanceSheetQuery } from '../gql/graphql';
import { AUDIENCE_CATEGORY } from '../labels';
import { businessColumns, businessExportColumns } from './businessColumns';
import { OFFICERS_SHEET } from './officersSheet';
import { RecordAttendanceButton } from './RecordAttendanceButton';
import { type SheetSession, SheetTable, sheetKind } from './SheetTable';

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
const column = tableCells<Row>();

/** 签到表 of a practitioners' session: who attended, from which business; any writer signs them in. */
const PRACTITIONERS_SHEET = sheetKind({
  district: false,
  label: (t) => t('签到表'),
  searchPlaceholder: (t) => t('搜索姓名或岗位'),
  query: AttendanceSheetDocument,
  pick: (data) => data.attendances,
  columns: [
    { title: '姓名', dataIndex: 'personName' },
    { title: '岗位', dataIndex: 'jobTitle' },
    ...businessColumns<Row>({ entity: '所属主体' }),
    { title: '签到时间', ...column.dateTime('createdAt') },
  ],
  exportColumns: [
    { title: '姓名', value: 'personName', width: 10 },
    { title: '岗位', value: 'jobTitle', width: 14 },
    ...businessExportColumns<Row>({ entity: '所属主体', width: 36 }),
    { title: '签到时间', value: cell.dateTime('createdAt'), width: 18 },
  ],
  nameOf: (row) => row.personName,
  removal: RemoveAttendanceMutation,
  record: (session, reload) => (
    <RecordAttendanceButton sessionId={session.id} category={AUDIENCE_CATEGORY[session.audience]} onRecorded={reload} />
  ),
});

/** A session's 签到表, of its kind: an officers' session signs in officers of the roll, any other practitioners. */
export function AttendanceSheet({ session, officers }: { session: SheetSession; officers: boolean }) {
  return officers ? (
    <SheetTable kind={OFFICERS_SHEET} session={session} />
  ) : (
    <SheetTable kind={PRACTITIONERS_SHEET} session={session} />
  );
}
