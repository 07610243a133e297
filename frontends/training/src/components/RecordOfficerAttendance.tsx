import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage, useMutation } from '@shian/graphql-client';
import { Alert, App as AntApp, Button, Flex, Form, InputNumber, Modal } from '@shian/antd';
import { useState } from 'react';
import { graphql } from '../gql';
import { OfficerPicker } from './OfficerPicker';
import { applyServerErrors } from '@shian/remote-kit';

const RecordOfficerAttendanceMutation = graphql(`
  mutation RecordOfficerAttendance($sessionId: ID!, $entries: [OfficerAttendanceInput!]!) {
    recordOfficerAttendance(sessionId: $sessionId, entries: $entries) {
      id
    }
  }
`);

interface SheetRow {
  officerId?: string;
  /** Empty: the session's full hours (the subgraph's default). */
  hours?: number | null;
}

/** 登记签到 for an officers' session: a sheet of officers from the roll, written all or nothing. */
export function RecordOfficerAttendanceButton({
  sessionId,
  sessionHours,
  onRecorded,
}: {
  sessionId: string;
  sessionHours: number;
  onRecorded: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ rows: SheetRow[] }>();
  const [{ fetching }, recordAttendance] = useMutation(RecordOfficerAttendanceMutation);
  const [problem, setProblem] = useState<string>();
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const { rows } = values;
    setProblem(undefined);
    const result = await recordAttendance({
      sessionId,
      entries: rows.map((row) => ({ officerId: row.officerId!, hours: row.hours ?? null })),
    });
    if (result.error) {
      setProblem(applyServerErrors(form, result.error) ?? errorMessage(result.error));
      return;
    }
    message.success(`已登记 ${rows.length} 人`);
    setOpen(false);
    form.resetFields();
    onRecorded();
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记签到
      </Button>
      <Modal
        title="登记执法人员签到"
        open={open}
        width={720}
        onOk={submit}
        okText="提交"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} role="alert" />}
        <Form form={form} initialValues={{ rows: [{}] }}>
          <Form.List name="rows">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <span style={{ width: 24 }}>{index + 1}</span>
                    <Form.Item
                      name={[field.name, 'officerId']}
                      rules={[
                        { required: true, message: '请选择执法人员' },
                        {
                          validator: (_, id?: string) => {
                            const rows: SheetRow[] = form.getFieldValue('rows') ?? [];
                            const first = rows.findIndex((row) => row?.officerId === id);
                            return !id || first === index
                              ? Promise.resolve()
                              : Promise.reject(new Error(`与第 ${first + 1} 行重复`));
                          },
                        },
                      ]}
                      style={{ flex: 1, minWidth: 320 }}
                    >
                      <OfficerPicker aria-label={`第${index + 1}行执法人员`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'hours']}
                      rules={[
                        {
                          validator: (_, hours?: number | null) =>
                            hours == null || (hours > 0 && hours <= sessionHours && Number.isInteger(hours * 2))
                              ? Promise.resolve()
                              : Promise.reject(new Error(`学时应为 0.5 至 ${sessionHours} 之间的半小时整数倍`)),
                        },
                      ]}
                      style={{ width: 200 }}
                    >
                      <InputNumber
                        aria-label={`第${index + 1}行学时`}
                        placeholder={`默认 ${sessionHours} 学时`}
                        step={0.5}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label="删除此行"
                      icon={<MinusCircleOutlined />}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
                  添加一行
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
