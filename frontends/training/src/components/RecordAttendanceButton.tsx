import { Form, Input } from '@shian/antd';
import { EntityPicker, entityInput, type PickedEntityValues, requiredText } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { AttendanceInput, EntityCategory } from '../gql/graphql';
import { SheetDialog } from './SheetRows';

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) {
      id
    }
  }
`);

/** A row's business is picked whole: the record's township is the business's. */
type SheetRow = PickedEntityValues<AttendanceInput>;

/** 登记签到 for a practitioners' session: people from businesses of the session's audience, all or none. */
export function RecordAttendanceButton({
  sessionId,
  category,
  onRecorded,
}: {
  sessionId: string;
  category?: EntityCategory;
  onRecorded: () => void;
}) {
  const t = useT();
  return (
    <SheetDialog
      title={t('登记签到')}
      width={860}
      sessionId={sessionId}
      mutation={RecordAttendanceMutation}
      entry={(row: SheetRow) => ({
        ...entityInput(row.entity),
        personName: row.personName.trim(),
        jobTitle: row.jobTitle.trim(),
      })}
      onRecorded={onRecorded}
      row={(name, index) => (
        <>
          <Form.Item
            name={[name, 'entity']}
            rules={[{ required: true, message: t('请选择所属主体') }]}
            style={{ flex: 2, minWidth: 260 }}
          >
            <EntityPicker whole aria-label={t('第{{row}}行所属主体', { row: index + 1 })} category={category} />
          </Form.Item>
          <Form.Item
            name={[name, 'personName']}
            rules={[
              { required: true, whitespace: true, message: t('请输入姓名') },
              { max: 50, message: t('姓名不超过50个字') },
            ]}
            style={{ flex: 1 }}
          >
            <Input placeholder={t('姓名')} aria-label={t('第{{row}}行姓名', { row: index + 1 })} />
          </Form.Item>
          <Form.Item name={[name, 'jobTitle']} rules={requiredText(t('请输入岗位'))} style={{ flex: 1 }}>
            <Input placeholder={t('岗位,如 负责人')} aria-label={t('第{{row}}行岗位', { row: index + 1 })} />
          </Form.Item>
        </>
      )}
    />
  );
}
