import { useMutation, useQuery } from '@shian/graphql-client';
import { DataTable, labelOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { App as AntApp, Button, Form, Input, InputNumber, Modal, type TableColumnsType, Tag } from '@shian/antd';
import { useState } from 'react';
import { graphql } from '../gql';
import type { JointOperationListQuery } from '../gql/graphql';
import { DEPARTMENT, OPERATION_STATUS } from '../labels';
import { applyServerErrors, useIsPartner, usePartnerDepartment } from '@shian/remote-kit';

export const JointOperationListQueryDocument = graphql(`
  query JointOperationList($first: Int, $after: String) {
    jointOperations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        departments
        startsOn
        endsOn
        scope
        status
        entitiesInspected
        problemsFound
        summary
        participants {
          id
          department
          confirmedOn
          personnel
          report
          confirmedBy
        }
      }
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation ConfirmJointOperation($input: JointOperationConfirmationInput!) {
    confirmJointOperation(input: $input) {
      id
      confirmedOn
      personnel
      report
    }
  }
`);

type Row = NonNullable<JointOperationListQuery['jointOperations']>['nodes'][number];

function ConfirmButton({ operation, onChanged }: { operation: Row; onChanged: () => void }) {
  const department = usePartnerDepartment();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ personnel: number; report: string }>();
  const [{ fetching }, confirm] = useMutation(ConfirmMutation);
  const { message } = AntApp.useApp();
  const own = operation.participants.find((p) => p.department === department);
  if (!own) return null;
  const submit = async () => {
    const v = await form.validateFields();
    const result = await confirm({ input: { operationId: operation.id, personnel: v.personnel, report: v.report } });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success('已报送');
    setOpen(false);
    onChanged();
  };
  return (
    <>
      <Button size="small" type={own.confirmedOn ? 'default' : 'primary'} onClick={() => setOpen(true)}>
        {own.confirmedOn ? '更新本部门情况' : '确认参加'}
      </Button>
      <Modal
        title={`确认参加:${operation.title}`}
        open={open}
        onOk={submit}
        okText="提交"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ personnel: own.personnel || 2, report: own.report ?? '' }}>
          <Form.Item label="出动人员(人次)" name="personnel" rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="本部门工作情况" name="report" rules={[{ required: true, message: '请填写工作情况' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 联合执法: the bureau's operations with partner departments; a partner sees and confirms those it takes part in. */
export function OperationTable() {
  const partner = useIsPartner();
  const pagination = useCursorPagination('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: JointOperationListQueryDocument,
    variables: pagination.variables,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const columns: TableColumnsType<Row> = [
    { title: '行动', dataIndex: 'title' },
    { title: '时间', key: 'when', render: (_, row) => `${row.startsOn} 至 ${row.endsOn}` },
    {
      title: '参加部门',
      dataIndex: 'departments',
      render: (ds: Row['departments']) => ds.map((d) => <Tag key={d}>{labelOf(DEPARTMENT, d)}</Tag>),
    },
    { title: '范围', dataIndex: 'scope' },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: Row['status']) => <StatusTag value={s} map={OPERATION_STATUS} />,
    },
    {
      title: partner ? '本部门' : '确认情况',
      key: 'participants',
      render: (_, row) =>
        row.participants.map((p) => (
          <div key={p.id}>
            {labelOf(DEPARTMENT, p.department)}:{p.confirmedOn ? `已确认(${p.personnel}人次)` : '未确认'}
          </div>
        )),
    },
    ...(partner
      ? [
          {
            title: '操作',
            key: 'a',
            render: (_: unknown, row: Row) => <ConfirmButton operation={row} onChanged={reload} />,
          },
        ]
      : []),
  ];
  return (
    <DataTable<Row>
      aria-label="联合执法"
      columns={columns}
      data={data?.jointOperations}
      loading={fetching}
      error={error}
      onRetry={reload}
      pagination={pagination}
    />
  );
}

export function OperationsPage() {
  return (
    <>
      <PageHeader title="联合执法" subTitle="会同公安、教育科技、农业农村等部门开展的联合执法行动" />
      <OperationTable />
    </>
  );
}
