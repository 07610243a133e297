import { DeleteOutlined, DownloadOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage, fetchAllNodes, useClient, useMutation, useQuery } from '@shian/graphql-client';
import { DataTable, useExcelExport, useCursorPagination } from '@shian/ui-kit';
import { Alert, App as AntApp, Button, Flex, Form, Input, Modal, Popconfirm, type TableColumnsType } from '@shian/antd';
import { useState } from 'react';
import { applyServerErrors, EntityPicker, formatDateTime, useCanWrite } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { AttendanceSheetQuery, EntityCategory } from '../gql/graphql';

export const AttendanceSheetDocument = graphql(`
  query AttendanceSheet($filter: AttendanceFilter, $first: Int, $after: String) {
    attendances(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        personName
        jobTitle
        createdAt
        entity {
          id
          name
        }
        township {
          id
          name
        }
      }
    }
  }
`);

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) {
      id
    }
  }
`);

const RemoveAttendanceMutation = graphql(`
  mutation RemoveAttendance($id: ID!) {
    removeAttendance(id: $id)
  }
`);

type Row = NonNullable<AttendanceSheetQuery['attendances']>['nodes'][number];

export const SHEET_COLUMNS = [
  { title: '姓名', value: 'personName' as const, width: 10 },
  { title: '岗位', value: 'jobTitle' as const, width: 14 },
  { title: '所属主体', value: (row: Row) => row.entity?.name ?? row.entity?.id ?? '—', width: 36 },
  { title: '乡镇(街道)', value: (row: Row) => row.township?.name ?? '', width: 12 },
  { title: '签到时间', value: (row: Row) => formatDateTime(row.createdAt), width: 18 },
];

interface SheetRow {
  entityId?: string;
  /** Filled from the picked entity: the record's township is the entity's. */
  townshipId?: string;
  personName?: string;
  jobTitle?: string;
}

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
  const [search, setSearch] = useState('');
  const filter = { sessionId, search: search || null };
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AttendanceSheetDocument,
    variables: { filter, ...pagination.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const client = useClient();
  const canWrite = useCanWrite();
  const { message } = AntApp.useApp();
  const { exporting, exportRows } = useExcelExport();
  const [, removeAttendance] = useMutation(RemoveAttendanceMutation);

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, AttendanceSheetDocument, { filter: { sessionId } }, (d) => d.attendances),
      SHEET_COLUMNS,
      `签到表-${title}`,
    );

  const columns: TableColumnsType<Row> = [
    { title: '姓名', dataIndex: 'personName' },
    { title: '岗位', dataIndex: 'jobTitle' },
    { title: '所属主体', key: 'entity', render: (_, row) => row.entity?.name ?? row.entity?.id ?? '—' },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township?.name ?? '—' },
    { title: '签到时间', dataIndex: 'createdAt', render: formatDateTime },
  ];
  if (canWrite)
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Popconfirm
          title={`删除 ${row.personName} 的签到记录?`}
          okText="删除"
          cancelText="取消"
          onConfirm={async () => {
            const result = await removeAttendance({ id: row.id });
            if (result.error) message.error(errorMessage(result.error));
            else {
              message.success('已删除');
              reload();
            }
          }}
        >
          <Button size="small" type="link" danger icon={<DeleteOutlined />}>
            删除
          </Button>
        </Popconfirm>
      ),
    });

  return (
    <DataTable<Row>
      aria-label="签到表"
      columns={columns}
      data={data?.attendances}
      loading={fetching}
      error={error}
      onRetry={reload}
      pagination={pagination}
      toolbar={
        <Flex wrap gap={8} justify="space-between">
          <Input.Search
            allowClear
            placeholder="搜索姓名或岗位"
            aria-label="搜索签到"
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 240 }}
          />
          <Flex gap={8}>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!data?.attendances?.totalCount}
              onClick={exportAll}
            >
              导出签到表
            </Button>
            {canWrite && <RecordAttendanceButton sessionId={sessionId} category={category} onRecorded={reload} />}
          </Flex>
        </Flex>
      }
    />
  );
}

function RecordAttendanceButton({
  sessionId,
  category,
  onRecorded,
}: {
  sessionId: string;
  category?: EntityCategory;
  onRecorded: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ rows: SheetRow[] }>();
  const [{ fetching }, recordAttendance] = useMutation(RecordAttendanceMutation);
  const [problem, setProblem] = useState<string>();
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const { rows } = values;
    setProblem(undefined);
    const result = await recordAttendance({
      sessionId,
      entries: rows.map((row) => ({
        entityId: row.entityId!,
        townshipId: row.townshipId!,
        personName: row.personName!.trim(),
        jobTitle: row.jobTitle!.trim(),
      })),
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
        title="登记签到"
        open={open}
        width={860}
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
                    <Form.Item name={[field.name, 'townshipId']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'entityId']}
                      rules={[{ required: true, message: '请选择所属主体' }]}
                      style={{ flex: 2, minWidth: 260 }}
                    >
                      <EntityPicker
                        aria-label={`第${index + 1}行所属主体`}
                        category={category}
                        onPick={(entity) => form.setFieldValue(['rows', field.name, 'townshipId'], entity?.townshipId)}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'personName']}
                      rules={[
                        { required: true, whitespace: true, message: '请输入姓名' },
                        { max: 50, message: '姓名不超过50个字' },
                      ]}
                      style={{ flex: 1 }}
                    >
                      <Input placeholder="姓名" aria-label={`第${index + 1}行姓名`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'jobTitle']}
                      rules={[{ required: true, whitespace: true, message: '请输入岗位' }]}
                      style={{ flex: 1 }}
                    >
                      <Input placeholder="岗位,如 负责人" aria-label={`第${index + 1}行岗位`} />
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
