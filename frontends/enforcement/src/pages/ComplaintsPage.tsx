import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage, fetchAllNodes, useClient, useMutation, useQuery } from '@shian/graphql-client';
import {
  DataTable,
  exportToExcel,
  labelOf,
  optionsOf,
  PageHeader,
  StatusTag,
  useCursorPagination,
} from '@shian/ui-kit';
import {
  App as AntApp,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Switch,
  type TableColumnsType,
  Typography,
} from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from '@shian/router';
import { OverdueTag } from '../components/Clocks';
import { EntityPicker, type PickedEntity } from '../components/EntityPicker';
import { applyServerErrors } from '../components/serverErrors';
import { graphql } from '../gql';
import type {
  ComplaintChannel,
  ComplaintFilter,
  ComplaintKind,
  ComplaintListQuery,
  ComplaintOutcome,
  ComplaintStatus,
  MediationResult,
  Violation,
} from '../gql/graphql';
import {
  COMPLAINT_CHANNEL,
  COMPLAINT_KIND,
  COMPLAINT_OUTCOME,
  COMPLAINT_STATUS,
  MEDIATION_RESULT,
  VIOLATION,
} from '../labels';
import { useCanWrite, useIsDistrictStaff, useModulePath } from '../module';

export const ComplaintListQueryDocument = graphql(`
  query ComplaintList($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        kind
        channel
        status
        outcome
        version
        content
        receivedOn
        decidedOn
        answeredOn
        extended
        overdue
        nextStatuses
        complainant {
          name
          phone
          masked
          anonymous
        }
        entity {
          id
          name
        }
        township {
          id
          name
        }
        clock {
          deadline
          status
        }
        case {
          id
          number
          title
        }
      }
    }
  }
`);

/** What the export asks for: the complainant masked on the server, whoever exports. */
export const ComplaintExportQueryDocument = graphql(`
  query ComplaintExport($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        kind
        channel
        status
        outcome
        content
        receivedOn
        decidedOn
        answeredOn
        overdue
        complainant(masked: true) {
          name
          phone
        }
        entity {
          id
          name
        }
        township {
          id
          name
        }
        clock {
          deadline
        }
        case {
          id
          number
        }
      }
    }
  }
`);

const TownshipOptionsQuery = graphql(`
  query ComplaintTownships {
    townships {
      id
      name
    }
  }
`);

const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: ComplaintInput!) {
    createComplaint(input: $input) {
      id
      code
    }
  }
`);

const MoveComplaintMutation = graphql(`
  mutation MoveComplaint($input: ComplaintMoveInput!) {
    moveComplaint(input: $input) {
      id
      status
      outcome
      version
    }
  }
`);

const ExtendComplaintMutation = graphql(`
  mutation ExtendComplaintClock($input: ComplaintExtensionInput!) {
    extendComplaintClock(input: $input) {
      id
      extended
      version
    }
  }
`);

type Row = ComplaintListQuery['complaints']['nodes'][number];

const YEARS = Array.from({ length: new Date().getFullYear() - 2022 }, (_, i) => 2023 + i).reverse();

function filterFromParams(params: URLSearchParams): ComplaintFilter {
  const filter: ComplaintFilter = {};
  for (const key of ['search', 'channel', 'kind', 'outcome', 'townshipId'] as const) {
    const value = params.get(key)?.trim();
    if (value) (filter as Record<string, string>)[key] = value;
  }
  if (params.get('year')) filter.year = Number(params.get('year'));
  if (params.get('overdue') === '1') filter.overdue = true;
  return filter;
}

type Exported = ComplaintListQuery['complaints']['nodes'][number] & {
  complainant: { name?: string | null; phone?: string | null };
};

const EXPORT_COLUMNS = [
  { title: '登记编号', value: 'code' as const, width: 26 },
  { title: '类别', value: (row: Exported) => labelOf(COMPLAINT_KIND, row.kind), width: 8 },
  { title: '渠道', value: (row: Exported) => labelOf(COMPLAINT_CHANNEL, row.channel), width: 12 },
  { title: '投诉举报人', value: (row: Exported) => row.complainant.name ?? '匿名', width: 12 },
  { title: '联系电话', value: (row: Exported) => row.complainant.phone ?? '', width: 16 },
  { title: '被投诉举报主体', value: (row: Exported) => row.entity.name ?? row.entity.id, width: 30 },
  { title: '乡镇(街道)', value: (row: Exported) => row.township.name ?? '', width: 14 },
  { title: '内容', value: 'content' as const, width: 50 },
  { title: '收到日期', value: 'receivedOn' as const, width: 12 },
  { title: '期限', value: (row: Exported) => row.clock.deadline ?? '', width: 12 },
  { title: '状态', value: (row: Exported) => labelOf(COMPLAINT_STATUS, row.status), width: 14 },
  { title: '处理结果', value: (row: Exported) => labelOf(COMPLAINT_OUTCOME, row.outcome), width: 14 },
  { title: '关联案件', value: (row: Exported) => row.case?.number ?? (row.case ? '线索' : ''), width: 26 },
  { title: '答复日期', value: (row: Exported) => row.answeredOn ?? '', width: 12 },
  { title: '超期', value: (row: Exported) => (row.overdue ? '是' : ''), width: 6 },
];

/**
 * 投诉举报: the register with channel, outcome, overdue and township filters (kept in the URL), each record's
 * statutory clock, the export (complainants masked by the server), registering one and the outcomes its
 * transition table allows. Partners never reach this page; the subgraph refuses them anyway.
 */
export function ComplaintsPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ComplaintListQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const district = useIsDistrictStaff();
  const [townships] = useQuery({ query: TownshipOptionsQuery, pause: !district });
  const client = useClient();
  const canWrite = useCanWrite();
  const to = useModulePath();
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState(false);
  const [searchText, setSearchText] = useState(params.get('search') ?? '');
  const [acting, setActing] = useState<Row | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows = await fetchAllNodes(client, ComplaintExportQueryDocument, { filter }, (d) => d.complaints);
      await exportToExcel(
        rows as unknown as Exported[],
        EXPORT_COLUMNS,
        `投诉举报-${new Date().toISOString().slice(0, 10)}`,
      );
      message.success(`已导出 ${rows.length} 条(投诉举报人信息已脱敏)`);
    } catch (e) {
      message.error(`导出失败:${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<Row> = [
    {
      title: '登记编号',
      dataIndex: 'code',
      render: (code: string, row) => (
        <Flex gap={4} align="center" wrap>
          <span>{code}</span>
          <OverdueTag overdue={row.overdue} />
        </Flex>
      ),
    },
    { title: '类别', dataIndex: 'kind', render: (v: ComplaintKind) => <StatusTag value={v} map={COMPLAINT_KIND} /> },
    {
      title: '渠道',
      dataIndex: 'channel',
      render: (v: ComplaintChannel) => <StatusTag value={v} map={COMPLAINT_CHANNEL} />,
    },
    {
      title: '投诉举报人',
      key: 'complainant',
      render: (_, row) =>
        row.complainant.anonymous ? (
          <Typography.Text type="secondary">匿名</Typography.Text>
        ) : (
          <span title={row.complainant.masked ? '个人信息仅承办人员可见' : undefined}>
            {row.complainant.name} {row.complainant.phone}
          </span>
        ),
    },
    { title: '被投诉举报主体', key: 'entity', render: (_, row) => row.entity.name ?? row.entity.id },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township.name ?? row.township.id },
    { title: '收到日期', dataIndex: 'receivedOn' },
    {
      title: '期限',
      key: 'clock',
      render: (_, row) => (row.clock.status === 'RUNNING' || row.clock.status === 'OVERDUE' ? row.clock.deadline : '—'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (v: ComplaintStatus) => <StatusTag value={v} map={COMPLAINT_STATUS} />,
    },
    {
      title: '处理结果',
      key: 'outcome',
      render: (_, row) => (
        <Flex gap={4} align="center" wrap>
          <StatusTag value={row.outcome as ComplaintOutcome} map={COMPLAINT_OUTCOME} />
          {row.case && <Link to={to(`/cases/${row.case.id}`)}>{row.case.number ?? row.case.title}</Link>}
        </Flex>
      ),
    },
    {
      title: '办理',
      key: 'actions',
      render: (_, row) =>
        canWrite && (row.nextStatuses.length > 0 || canExtend(row)) ? (
          <Button size="small" onClick={() => setActing(row)}>
            办理
          </Button>
        ) : null,
    },
  ];

  const select = (
    key: keyof ComplaintFilter,
    label: string,
    options: { value: string; label: string }[],
    width = 130,
  ) => (
    <div data-filter={key}>
      <Select
        allowClear
        virtual={false}
        aria-label={label}
        placeholder={label}
        options={options}
        value={params.get(key) ?? undefined}
        onChange={(v?: string) => setFilter(key, v)}
        style={{ width }}
        popupMatchSelectWidth={false}
      />
    </div>
  );

  const toolbar = (
    <Flex wrap gap={8} justify="space-between">
      <Flex wrap gap={8} align="center">
        <Input.Search
          allowClear
          aria-label="搜索"
          placeholder="搜索编号、内容或主体名称"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(v) => setFilter('search', v.trim() || undefined)}
          style={{ width: 240 }}
        />
        {select(
          'year',
          '年度',
          YEARS.map((y) => ({ value: String(y), label: `${y}年` })),
          100,
        )}
        {select('kind', '类别', optionsOf(COMPLAINT_KIND), 90)}
        {select('channel', '渠道', optionsOf(COMPLAINT_CHANNEL))}
        {select('outcome', '处理结果', optionsOf(COMPLAINT_OUTCOME))}
        {district &&
          select(
            'townshipId',
            '乡镇(街道)',
            (townships.data?.townships ?? []).map((t) => ({ value: t.id, label: t.name })),
            150,
          )}
        <Flex gap={4} align="center">
          <Switch
            size="small"
            aria-label="只看超期"
            checked={filter.overdue === true}
            onChange={(on) => setFilter('overdue', on ? '1' : undefined)}
          />
          <Typography.Text>只看超期</Typography.Text>
        </Flex>
      </Flex>
      <Flex gap={8}>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          disabled={!data?.complaints.totalCount}
          onClick={exportAll}
        >
          导出Excel
        </Button>
        {canWrite && <NewComplaintButton onCreated={reload} />}
      </Flex>
    </Flex>
  );

  return (
    <>
      <PageHeader
        title="投诉举报"
        subTitle="投诉7个工作日内决定是否受理;举报15个工作日内核查并决定是否立案(可延长15个工作日);超期标红"
      />
      <DataTable<Row>
        aria-label="投诉举报列表"
        columns={columns}
        data={data?.complaints}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={toolbar}
      />
      {acting && (
        <ComplaintActionModal
          record={acting}
          onClose={(changed) => {
            setActing(null);
            if (changed) reload();
          }}
        />
      )}
    </>
  );
}

const canExtend = (row: Row) => row.kind === 'REPORT' && row.status === 'RECEIVED' && !row.extended;

interface NewValues {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  name?: string;
  phone?: string;
  idNumber?: string;
  entity: PickedEntity;
  receivedOn: Dayjs;
  content: string;
}

/** 登记投诉举报. A complaint names its complainant; a report may be anonymous. */
function NewComplaintButton({ onCreated }: { onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewValues>();
  const kind = Form.useWatch('kind', form);
  const [{ fetching }, create] = useMutation(CreateComplaintMutation);
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    const result = await create({
      input: {
        kind: values.kind,
        channel: values.channel,
        complainant: {
          name: values.name?.trim() || null,
          phone: values.phone?.trim() || null,
          idNumber: values.idNumber?.trim() || null,
        },
        entityId: values.entity.id,
        townshipId: values.entity.townshipId,
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        content: values.content.trim(),
      },
    });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success(`已登记:${result.data!.createComplaint.code}`);
    setOpen(false);
    onCreated();
  };

  const complaint = kind !== 'REPORT';
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记投诉举报
      </Button>
      <Modal
        title="登记投诉举报"
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
          initialValues={{ kind: 'COMPLAINT', channel: 'PLATFORM_12315', receivedOn: dayjs() }}
        >
          <Flex gap={12}>
            <Form.Item label="类别" name="kind" rules={[{ required: true }]} style={{ flex: 1 }}>
              <Select aria-label="类别" options={optionsOf(COMPLAINT_KIND)} />
            </Form.Item>
            <Form.Item label="渠道" name="channel" rules={[{ required: true }]} style={{ flex: 1 }}>
              <Select aria-label="渠道" options={optionsOf(COMPLAINT_CHANNEL)} />
            </Form.Item>
            <Form.Item
              label="收到日期"
              name="receivedOn"
              rules={[{ required: true, message: '请选择收到日期' }]}
              style={{ flex: 1 }}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Flex gap={12}>
            <Form.Item
              label={complaint ? '投诉人姓名' : '举报人姓名(可匿名)'}
              name="name"
              rules={[{ required: complaint, message: '投诉须填写投诉人姓名' }]}
              style={{ flex: 1 }}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label="联系电话"
              name="phone"
              rules={[{ required: complaint, message: '投诉须填写联系电话' }]}
              style={{ flex: 1 }}
            >
              <Input />
            </Form.Item>
            <Form.Item label="身份证号码(选填)" name="idNumber" style={{ flex: 1.4 }}>
              <Input />
            </Form.Item>
          </Flex>
          <Form.Item label="被投诉举报主体" name="entity" rules={[{ required: true, message: '请选择主体' }]}>
            <EntityPicker />
          </Form.Item>
          <Form.Item label="投诉举报内容" name="content" rules={[{ required: true, message: '请填写内容' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

interface MoveValues {
  to: ComplaintStatus;
  on: Dayjs;
  reason?: string;
  mediationResult?: MediationResult;
  mediationNote?: string;
  caseId?: string;
  caseTitle?: string;
  violations?: Violation[];
  answer?: string;
}

/** The outcomes the transition table allows from here, each with what it needs; and a report's extension. */
function ComplaintActionModal({ record, onClose }: { record: Row; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<MoveValues>();
  const target = Form.useWatch('to', form);
  const [{ fetching }, move] = useMutation(MoveComplaintMutation);
  const [{ fetching: extending }, extend] = useMutation(ExtendComplaintMutation);
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    const result = await move({
      input: {
        complaintId: record.id,
        version: record.version,
        to: values.to,
        on: values.on.format('YYYY-MM-DD'),
        reason: values.reason?.trim() || null,
        mediationResult: values.mediationResult ?? null,
        mediationNote: values.mediationNote?.trim() || null,
        caseId: values.caseId?.trim() || null,
        caseTitle: values.caseTitle?.trim() || null,
        violations: values.violations ?? [],
        answer: values.answer?.trim() || null,
      },
    });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      if (result.error.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT')) onClose(true);
      return;
    }
    message.success(`已办理:${labelOf(COMPLAINT_STATUS, result.data!.moveComplaint.status)}`);
    onClose(true);
  };

  const extendClock = async () => {
    const result = await extend({ input: { complaintId: record.id, version: record.version } });
    if (result.error) return message.error(errorMessage(result.error));
    message.success('核查期限已延长15个工作日');
    onClose(true);
  };

  return (
    <Modal
      title={`办理 ${record.code}`}
      open
      onOk={submit}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: record.nextStatuses.length === 0 }}
      confirmLoading={fetching}
      onCancel={() => onClose(false)}
      destroyOnHidden
      width={600}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {canExtend(record) && (
            <Button loading={extending} onClick={extendClock}>
              延长核查期限
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{record.content}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ to: record.nextStatuses[0], on: dayjs() }}>
        <Flex gap={12}>
          <Form.Item label="办理结果" name="to" rules={[{ required: true }]} style={{ flex: 2 }}>
            <Select
              aria-label="办理结果"
              options={record.nextStatuses.map((s) => ({ value: s, label: labelOf(COMPLAINT_STATUS, s) }))}
            />
          </Form.Item>
          <Form.Item label="办理日期" name="on" rules={[{ required: true, message: '请选择日期' }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        {target === 'REFUSED' && (
          <Form.Item label="不予受理理由" name="reason" rules={[{ required: true, message: '请填写不予受理理由' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {target === 'MEDIATED' && (
          <>
            <Form.Item label="调解结果" name="mediationResult" rules={[{ required: true, message: '请选择调解结果' }]}>
              <Select aria-label="调解结果" options={optionsOf(MEDIATION_RESULT)} />
            </Form.Item>
            <Form.Item label="调解情况" name="mediationNote">
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {target === 'REFERRED' && (
          <>
            <Form.Item label="新登记线索的案由" name="caseTitle" extra="或填写已有线索(案件)ID,关联到该案">
              <Input placeholder="如:某餐馆涉嫌使用过期原料案" />
            </Form.Item>
            <Form.Item label="已有线索(案件)ID" name="caseId">
              <Input />
            </Form.Item>
            <Form.Item label="涉嫌违法行为" name="violations">
              <Select mode="multiple" options={optionsOf(VIOLATION)} />
            </Form.Item>
          </>
        )}
        {target === 'ANSWERED' && (
          <Form.Item label="答复内容" name="answer" rules={[{ required: true, message: '请填写答复内容' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
