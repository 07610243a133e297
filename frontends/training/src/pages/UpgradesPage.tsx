import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage, fetchAllNodes, useClient, useMutation, useQuery } from '@shian/graphql-client';
import {
  DataTable,
  useExcelExport,
  labelOf,
  optionsOf,
  PageHeader,
  StatusTag,
  useCursorPagination,
  YearSelect,
} from '@shian/ui-kit';
import {
  Alert,
  App as AntApp,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  type TableColumnsType,
} from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from '@shian/router';
import { applyServerErrors, EntityPicker, formatDate, todayInChina, useCanWrite } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { WorkshopLevel, WorkshopUpgradeFilter, WorkshopUpgradeListQuery } from '../gql/graphql';
import { LEVEL } from '../labels';

export const WorkshopUpgradeListDocument = graphql(`
  query WorkshopUpgradeList($filter: WorkshopUpgradeFilter, $first: Int, $after: String) {
    workshopUpgrades(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        fromLevel
        toLevel
        acceptedOn
        acceptedBy
        improvements
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

const RecordUpgradeMutation = graphql(`
  mutation RecordWorkshopUpgrade($input: WorkshopUpgradeInput!) {
    recordWorkshopUpgrade(input: $input) {
      id
    }
  }
`);

type Row = NonNullable<WorkshopUpgradeListQuery['workshopUpgrades']>['nodes'][number];

const EXPORT_COLUMNS = [
  { title: '验收日期', value: 'acceptedOn' as const, width: 12 },
  { title: '小作坊', value: (row: Row) => row.entity?.name ?? row.entity?.id ?? '—', width: 30 },
  { title: '乡镇(街道)', value: (row: Row) => row.township?.name ?? '', width: 12 },
  { title: '原等级', value: (row: Row) => labelOf(LEVEL, row.fromLevel), width: 10 },
  { title: '提升后等级', value: (row: Row) => labelOf(LEVEL, row.toLevel), width: 10 },
  { title: '验收人', value: 'acceptedBy' as const, width: 14 },
  { title: '整改提升内容', value: 'improvements' as const, width: 40 },
];

const RANK: Record<WorkshopLevel, number> = { BASIC: 0, STANDARD: 1, MODEL: 2 };

interface Values {
  entityId: string;
  townshipId: string;
  fromLevel: WorkshopLevel;
  toLevel: WorkshopLevel;
  acceptedOn: Dayjs;
  acceptedBy: string;
  improvements?: string;
}

function RecordUpgradeButton({ onRecorded }: { onRecorded: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [{ fetching }, record] = useMutation(RecordUpgradeMutation);
  const [problem, setProblem] = useState<string>();
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setProblem(undefined);
    const result = await record({
      input: {
        entityId: values.entityId,
        townshipId: values.townshipId,
        fromLevel: values.fromLevel,
        toLevel: values.toLevel,
        acceptedOn: values.acceptedOn.format('YYYY-MM-DD'),
        acceptedBy: values.acceptedBy.trim(),
        improvements: values.improvements?.trim() ?? '',
      },
    });
    if (result.error) {
      setProblem(applyServerErrors(form, result.error) ?? errorMessage(result.error));
      return;
    }
    message.success('提档升级已登记');
    setOpen(false);
    form.resetFields();
    onRecorded();
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记提档升级
      </Button>
      <Modal
        title="登记小作坊提档升级"
        open={open}
        onOk={submit}
        okText="提交"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} role="alert" />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ fromLevel: 'BASIC', toLevel: 'STANDARD', acceptedOn: dayjs() }}
        >
          <Form.Item label="小作坊" name="entityId" rules={[{ required: true, message: '请选择小作坊' }]}>
            <EntityPicker
              category="SMALL_WORKSHOP"
              aria-label="小作坊"
              onPick={(entity) => form.setFieldValue('townshipId', entity?.townshipId)}
            />
          </Form.Item>
          <Form.Item name="townshipId" hidden>
            <Input />
          </Form.Item>
          <Flex gap={16}>
            <Form.Item
              label="原等级"
              name="fromLevel"
              rules={[{ required: true, message: '请选择原等级' }]}
              style={{ flex: 1 }}
            >
              <Select options={optionsOf(LEVEL)} />
            </Form.Item>
            <Form.Item
              label="提升后等级"
              name="toLevel"
              dependencies={['fromLevel']}
              rules={[
                { required: true, message: '请选择提升后等级' },
                ({ getFieldValue }) => ({
                  validator: async (_, value?: WorkshopLevel) => {
                    const from = getFieldValue('fromLevel') as WorkshopLevel | undefined;
                    if (value && from && RANK[value] <= RANK[from]) throw new Error('提升后等级必须高于原等级');
                  },
                }),
              ]}
              style={{ flex: 1 }}
            >
              <Select options={optionsOf(LEVEL)} />
            </Form.Item>
          </Flex>
          <Flex gap={16}>
            <Form.Item
              label="验收日期"
              name="acceptedOn"
              rules={[{ required: true, message: '请选择验收日期' }]}
              style={{ flex: 1 }}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label="验收人"
              name="acceptedBy"
              rules={[{ required: true, whitespace: true, message: '请输入验收人' }]}
              style={{ flex: 1 }}
            >
              <Input />
            </Form.Item>
          </Flex>
          <Form.Item label="整改提升内容" name="improvements">
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 小作坊提档升级: workshops accepted at a higher level, filterable by year and level, exported whole. */
export function UpgradesPage() {
  const [params, setParams] = useSearchParams();
  const filter: WorkshopUpgradeFilter = {};
  if (params.get('year')) filter.year = Number(params.get('year'));
  if (params.get('toLevel')) filter.toLevel = params.get('toLevel') as WorkshopLevel;
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WorkshopUpgradeListDocument,
    variables: { filter, ...pagination.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const client = useClient();
  const canWrite = useCanWrite();
  const { exporting, exportRows } = useExcelExport();

  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, WorkshopUpgradeListDocument, { filter }, (d) => d.workshopUpgrades),
      EXPORT_COLUMNS,
      `小作坊提档升级-${todayInChina()}`,
    );

  const columns: TableColumnsType<Row> = [
    { title: '验收日期', dataIndex: 'acceptedOn', render: formatDate },
    { title: '小作坊', key: 'entity', render: (_, row) => row.entity?.name ?? row.entity?.id ?? '—' },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township?.name ?? '—' },
    {
      title: '原等级',
      dataIndex: 'fromLevel',
      render: (value: WorkshopLevel) => <StatusTag value={value} map={LEVEL} />,
    },
    {
      title: '提升后等级',
      dataIndex: 'toLevel',
      render: (value: WorkshopLevel) => <StatusTag value={value} map={LEVEL} />,
    },
    { title: '验收人', dataIndex: 'acceptedBy' },
    { title: '整改提升内容', dataIndex: 'improvements' },
  ];

  return (
    <>
      <PageHeader title="小作坊提档升级" subTitle="验收通过的小作坊等级提升记录" />
      <DataTable<Row>
        aria-label="提档升级记录"
        columns={columns}
        data={data?.workshopUpgrades}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={
          <Flex wrap gap={8} justify="space-between">
            <Flex wrap gap={8}>
              <YearSelect value={filter.year ?? undefined} onChange={(year) => set('year', year)} />
              <Select
                allowClear
                virtual={false}
                aria-label="提升后等级"
                placeholder="提升后等级"
                options={optionsOf(LEVEL).filter((o) => o.value !== 'BASIC')}
                value={filter.toLevel ?? undefined}
                onChange={(value?: string) => set('toLevel', value)}
                style={{ width: 130 }}
              />
            </Flex>
            <Flex gap={8}>
              <Button
                icon={<DownloadOutlined />}
                loading={exporting}
                disabled={!data?.workshopUpgrades?.totalCount}
                onClick={exportAll}
              >
                导出Excel
              </Button>
              {canWrite && <RecordUpgradeButton onRecorded={reload} />}
            </Flex>
          </Flex>
        }
      />
    </>
  );
}
