import { Form, InputNumber } from '@shian/antd';
import { exportCells, type FormValuesOf, tableCells } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { OfficerAttendanceInput, OfficerAttendanceSheetQuery } from '../gql/graphql';
import { OfficerPicker } from './OfficerPicker';
import { OFFICER_EXPORT_COLUMNS, officerColumns } from './officerColumns';
import { SheetDialog } from './SheetRows';
import { sheetKind } from './SheetTable';

const RecordOfficerAttendanceMutation = graphql(`
  mutation RecordOfficerAttendance($sessionId: ID!, $entries: [OfficerAttendanceInput!]!) {
    recordOfficerAttendance(sessionId: $sessionId, entries: $entries) {
      id
    }
  }
`);

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
const column = tableCells<Row>();

/** A row's empty `hours`: the session's full hours (the subgraph's default). */
type SheetRow = FormValuesOf<OfficerAttendanceInput>;

/**
 * 登记签到 for an officers' session: a sheet of officers from the roll, written all or nothing. Not exported: only
 * OFFICERS_SHEET offers it, to those its `district` lets write.
 */
function RecordOfficerAttendanceButton({
  sessionId,
  sessionHours,
  onRecorded,
}: {
  sessionId: string;
  sessionHours: number;
  onRecorded: () => void;
}) {
  const t = useT();
  return (
    <SheetDialog
      title={t('登记执法人员签到')}
      width={720}
      sessionId={sessionId}
      mutation={RecordOfficerAttendanceMutation}
      entry={(row: SheetRow) => ({ officerId: row.officerId, hours: row.hours ?? null })}
      onRecorded={onRecorded}
      row={(name, index, form) => (
        <>
          <Form.Item
            name={[name, 'officerId']}
            rules={[
              { required: true, message: t('请选择执法人员') },
              {
                // The subgraph refuses the sheet if an officer is on it twice: say which row first.
                validator: async (_, id?: string) => {
                  const rows: Partial<SheetRow>[] = form.getFieldValue('rows') ?? [];
                  const first = rows.findIndex((row) => row?.officerId === id);
                  if (id && first !== index) throw new Error(t('与第 {{row}} 行重复', { row: first + 1 }));
                },
              },
            ]}
            style={{ flex: 1, minWidth: 320 }}
          >
            <OfficerPicker aria-label={t('第{{row}}行执法人员', { row: index + 1 })} />
          </Form.Item>
          <Form.Item
            name={[name, 'hours']}
            rules={[
              {
                validator: async (_, hours?: number | null) => {
                  if (hours != null && !(hours > 0 && hours <= sessionHours && Number.isInteger(hours * 2)))
                    throw new Error(t('学时应为 0.5 至 {{hours}} 之间的半小时整数倍', { hours: sessionHours }));
                },
              },
            ]}
            style={{ width: 200 }}
          >
            <InputNumber
              aria-label={t('第{{row}}行学时', { row: index + 1 })}
              placeholder={t('默认 {{hours}} 学时', { hours: sessionHours })}
              step={0.5}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </>
      )}
    />
  );
}

/**
 * 执法人员签到表 of an officers' session: officers from the inspector roll, the hours each is credited. The session is
 * the district's: only the district's writers sign officers in or remove them.
 */
export const OFFICERS_SHEET = sheetKind({
  district: true,
  label: (t) => t('执法人员签到表'),
  searchPlaceholder: (t) => t('搜索姓名、执法证号或科室(所)'),
  query: OfficerAttendanceSheetDocument,
  pick: (data) => data.officerAttendances,
  columns: [
    ...officerColumns<Row>(),
    { title: '计入学时', dataIndex: 'hours' },
    { title: '签到时间', ...column.dateTime('createdAt') },
  ],
  exportColumns: [
    ...OFFICER_EXPORT_COLUMNS,
    { title: '计入学时', value: 'hours', width: 10 },
    { title: '签到时间', value: cell.dateTime('createdAt'), width: 18 },
  ],
  nameOf: (row) => row.officerName,
  removal: RemoveOfficerAttendanceMutation,
  record: (session, reload) => (
    <RecordOfficerAttendanceButton sessionId={session.id} sessionHours={session.hours} onRecorded={reload} />
  ),
});
