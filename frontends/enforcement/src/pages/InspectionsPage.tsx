import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@shian/graphql-client';
import { DataTable, optionsOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import {
  App as AntApp,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  type TableColumnsType,
  Tag,
} from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { remainingText } from '../components/Clocks';
import { EntityPicker, type PickedEntity } from '../components/EntityPicker';
import { applyServerErrors } from '../components/serverErrors';
import { useInspectors } from '../components/useInspectors';
import { graphql } from '../gql';
import type { InspectionFilter, InspectionKind, InspectionListQuery, InspectionVerdict } from '../gql/graphql';
import { INSPECTION_KIND, VERDICT } from '../labels';
import { useCanWrite } from '../module';

export const InspectionListQueryDocument = graphql(`
  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {
    inspections(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        inspectedOn
        kind
        verdict
        findings
        rectificationDeadline
        rectifiedOn
        rectificationOverdue
        publishedOn
        entity {
          id
          name
        }
        inspectors {
          id
          name
        }
        campaign {
          id
          name
        }
        publicationClock {
          status
          remaining
          period
        }
      }
    }
  }
`);

const CreateInspectionMutation = graphql(`
  mutation CreateInspection($input: InspectionInput!) {
    createInspection(input: $input) {
      id
    }
  }
`);

const PublishInspectionMutation = graphql(`
  mutation PublishInspection($id: ID!, $on: LocalDate!) {
    publishInspection(id: $id, publishedOn: $on) {
      id
      publishedOn
    }
  }
`);

const RectifyMutation = graphql(`
  mutation RecordRectification($id: ID!, $on: LocalDate!) {
    recordRectification(id: $id, rectifiedOn: $on) {
      id
      rectifiedOn
    }
  }
`);

type Row = NonNullable<InspectionListQuery['inspections']>['nodes'][number];

interface Values {
  entity: PickedEntity;
  inspectedOn: Dayjs;
  kind: InspectionKind;
  verdict: InspectionVerdict;
  inspectorIds: string[];
  findings: string;
  rectificationDeadline?: Dayjs;
}

function NewInspectionButton({ onCreated }: { onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const verdict = Form.useWatch('verdict', form);
  const inspectors = useInspectors();
  const [{ fetching }, create] = useMutation(CreateInspectionMutation);
  const { message } = AntApp.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    const result = await create({
      input: {
        entityId: v.entity.id,
        townshipId: v.entity.townshipId,
        inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
        kind: v.kind,
        verdict: v.verdict,
        inspectorIds: v.inspectorIds,
        findings: v.findings,
        rectificationDeadline: v.rectificationDeadline?.format('YYYY-MM-DD') ?? null,
      },
    });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success('检查已登记');
    setOpen(false);
    onCreated();
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记检查
      </Button>
      <Modal
        title="登记监督检查"
        open={open}
        onOk={submit}
        okText="保存"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={640}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            inspectedOn: dayjs(),
            kind: 'ROUTINE',
            verdict: 'COMPLIANT',
            findings: '检查项目均符合要求,未发现问题。',
          }}
        >
          <Form.Item label="被检查主体" name="entity" rules={[{ required: true, message: '请选择主体' }]}>
            <EntityPicker />
          </Form.Item>
          <Form.Item label="检查日期" name="inspectedOn" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="检查类型" name="kind" rules={[{ required: true }]}>
            <Select options={optionsOf(INSPECTION_KIND)} />
          </Form.Item>
          <Form.Item
            label="检查人员(至少2名)"
            name="inspectorIds"
            rules={[{ required: true, type: 'array', min: 2, message: '检查人员不得少于2名' }]}
          >
            <Select
              mode="multiple"
              options={inspectors.options}
              loading={inspectors.loading}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item label="检查结果" name="verdict" rules={[{ required: true }]}>
            <Select options={optionsOf(VERDICT)} />
          </Form.Item>
          {verdict && verdict !== 'COMPLIANT' && (
            <Form.Item
              label="整改期限"
              name="rectificationDeadline"
              rules={[{ required: true, message: '请设定整改期限' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item label="检查情况" name="findings" rules={[{ required: true, message: '请填写检查情况' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 监督检查: every inspection with its two inspectors, verdict, rectification and the result's publication. */
export function InspectionsPage() {
  const [filter, setFilter] = useState<InspectionFilter>({});
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: InspectionListQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const [, publish] = useMutation(PublishInspectionMutation);
  const [, rectify] = useMutation(RectifyMutation);
  const canWrite = useCanWrite();
  const { message } = AntApp.useApp();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const today = dayjs().format('YYYY-MM-DD');
  const act = async (run: Promise<{ error?: unknown }>, done: string) => {
    const result = await run;
    if (result.error) message.error((result.error as Error).message);
    else {
      message.success(done);
      reload();
    }
  };

  const columns: TableColumnsType<Row> = [
    { title: '检查日期', dataIndex: 'inspectedOn' },
    { title: '被检查主体', key: 'entity', render: (_, row) => row.entity?.name ?? row.entity?.id ?? '—' },
    { title: '类型', dataIndex: 'kind', render: (k: InspectionKind) => <StatusTag value={k} map={INSPECTION_KIND} /> },
    { title: '检查人员', key: 'inspectors', render: (_, row) => row.inspectors.map((i) => i.name).join('、') },
    { title: '结果', dataIndex: 'verdict', render: (v: InspectionVerdict) => <StatusTag value={v} map={VERDICT} /> },
    {
      title: '整改',
      key: 'rectification',
      render: (_, row) =>
        !row.rectificationDeadline ? (
          '—'
        ) : row.rectifiedOn ? (
          `已于${row.rectifiedOn}整改`
        ) : (
          <Flex gap={4} align="center">
            <Tag color={row.rectificationOverdue ? 'red' : 'orange'}>
              {row.rectificationOverdue ? '逾期未整改' : `期限${row.rectificationDeadline}`}
            </Tag>
            {canWrite && (
              <Button size="small" type="link" onClick={() => act(rectify({ id: row.id, on: today }), '已登记整改')}>
                复查合格
              </Button>
            )}
          </Flex>
        ),
    },
    {
      title: '结果公开',
      key: 'publication',
      render: (_, row) =>
        row.publishedOn ?? (
          <Flex gap={4} align="center">
            <Tag color={row.publicationClock.status === 'OVERDUE' ? 'red' : 'blue'}>
              {remainingText(row.publicationClock)}
            </Tag>
            {canWrite && (
              <Button size="small" type="link" onClick={() => act(publish({ id: row.id, on: today }), '已公开')}>
                公开
              </Button>
            )}
          </Flex>
        ),
    },
    { title: '专项', key: 'campaign', render: (_, row) => row.campaign?.name ?? '—' },
  ];

  const toolbar = (
    <Flex wrap gap={8} justify="space-between">
      <Flex wrap gap={8}>
        <div data-filter="kind">
          <Select
            allowClear
            virtual={false}
            aria-label="检查类型"
            placeholder="检查类型"
            options={optionsOf(INSPECTION_KIND)}
            value={filter.kind ?? undefined}
            onChange={(kind) => setFilter({ ...filter, kind })}
            style={{ width: 130 }}
          />
        </div>
        <div data-filter="verdict">
          <Select
            allowClear
            virtual={false}
            aria-label="检查结果"
            placeholder="检查结果"
            options={optionsOf(VERDICT)}
            value={filter.verdict ?? undefined}
            onChange={(verdict) => setFilter({ ...filter, verdict })}
            style={{ width: 120 }}
          />
        </div>
        <div data-filter="unpublished">
          <Select
            allowClear
            virtual={false}
            aria-label="公开"
            placeholder="公开情况"
            options={[
              { value: 'unpublished', label: '未公开' },
              { value: 'overdue', label: '逾期未整改' },
            ]}
            onChange={(v?: string) =>
              setFilter({
                ...filter,
                unpublished: v === 'unpublished' ? true : null,
                rectificationOverdue: v === 'overdue' ? true : null,
              })
            }
            style={{ width: 130 }}
          />
        </div>
      </Flex>
      {canWrite && <NewInspectionButton onCreated={reload} />}
    </Flex>
  );

  return (
    <>
      <PageHeader title="监督检查" subTitle="日常、双随机、专项、飞行检查;每次至少2名检查人员,结果20个工作日内公开" />
      <DataTable<Row>
        aria-label="监督检查"
        columns={columns}
        data={data?.inspections}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={toolbar}
      />
    </>
  );
}
