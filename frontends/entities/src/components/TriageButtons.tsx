import { useMutation, useQuery } from '@shian/graphql-client';
import { App as AntApp, Button, DatePicker, Form, Input, Modal, Select, Space } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { VillageQueueQuery } from '../gql/graphql';
import { applyServerErrors } from '@shian/remote-kit';

export type QueueRow = VillageQueueQuery['villageReports']['nodes'][number];

const DismissDocument = graphql(`
  mutation DismissVillageReport($id: ID!, $version: Int!, $reason: String!) {
    dismissVillageReport(id: $id, version: $version, reason: $reason) {
      id
      status
      version
      dismissReason
    }
  }
`);

// Turning a report into a hazard or a clue is two writes (services/entities README): the owner records it first,
// carrying the report's id (risk and enforcement check the report is pending and in the caller's scope), then the
// report is linked to it. A failed second step leaves the record linked one way only; the dialog keeps its id and
// retries the link alone, so a retry never records a second hazard or clue.
const RecordHazardDocument = graphql(`
  mutation RecordHazardFromVillageReport($input: HazardInput!) {
    recordHazard(input: $input) {
      id
    }
  }
`);

const CreateClueDocument = graphql(`
  mutation CreateClueFromVillageReport($input: ClueInput!) {
    createClue(input: $input) {
      id
    }
  }
`);

const LinkHazardDocument = graphql(`
  mutation TurnVillageReportIntoHazard($id: ID!, $version: Int!, $hazardId: ID!) {
    turnVillageReportIntoHazard(id: $id, version: $version, hazardId: $hazardId) {
      id
      status
      version
      hazardId
    }
  }
`);

const LinkClueDocument = graphql(`
  mutation TurnVillageReportIntoClue($id: ID!, $version: Int!, $caseId: ID!) {
    turnVillageReportIntoClue(id: $id, version: $version, caseId: $caseId) {
      id
      status
      version
      caseId
    }
  }
`);

export const TriageInvestigationsDocument = graphql(`
  query TriageInvestigations($filter: HazardInvestigationFilter) {
    hazardInvestigations(filter: $filter, first: 100) {
      nodes {
        id
        code
        theme
        status
      }
    }
  }
`);

export const TriageEntitiesDocument = graphql(`
  query TriageEntities($filter: EntityFilter) {
    entities(filter: $filter, first: 50) {
      nodes {
        id
        name
      }
    }
  }
`);

type Action = 'dismiss' | 'hazard' | 'clue';

const TITLES: Record<Action, string> = { dismiss: '不予处理', hazard: '转为隐患', clue: '转为线索' };

interface Values {
  reason?: string;
  investigationId?: string;
  rectifyBy?: Dayjs;
  title?: string;
  entityId?: string;
  description?: string;
}

/** A business of the report's township, for a report whose business was typed rather than picked. */
function EntityPicker({
  townshipId,
  value,
  onChange,
}: {
  townshipId: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: TriageEntitiesDocument,
    variables: { filter: { townshipId, ...(search ? { search } : {}) } },
  });
  return (
    <Select
      aria-label="当事主体"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder="搜索本乡镇(街道)的主体"
      loading={fetching}
      value={value}
      onChange={onChange}
      virtual={false}
      options={(data?.entities?.nodes ?? []).map((e) => ({ value: e.id, label: e.name }))}
    />
  );
}

function InvestigationPicker({
  townshipId,
  value,
  onChange,
}: {
  townshipId: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const [{ data, fetching }] = useQuery({ query: TriageInvestigationsDocument, variables: { filter: { townshipId } } });
  const open = (data?.hazardInvestigations.nodes ?? []).filter((i) => i.status !== 'FINISHED');
  return (
    <Select
      aria-label="排查轮次"
      placeholder="涉及本乡镇(街道)、未结束的排查"
      loading={fetching}
      value={value}
      onChange={onChange}
      virtual={false}
      options={open.map((i) => ({ value: i.id, label: `${i.code} ${i.theme}` }))}
      notFoundContent="没有未结束的排查轮次"
    />
  );
}

/** 不予处理 / 转为隐患 / 转为线索 for a waiting report; the subgraph checks the caller may triage it. */
export function TriageButtons({ report, onDone }: { report: QueueRow; onDone: () => void }) {
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  const [dismissState, dismiss] = useMutation(DismissDocument);
  const [hazardState, recordHazard] = useMutation(RecordHazardDocument);
  const [clueState, createClue] = useMutation(CreateClueDocument);
  const [linkHazardState, linkHazard] = useMutation(LinkHazardDocument);
  const [linkClueState, linkClue] = useMutation(LinkClueDocument);
  const busy =
    dismissState.fetching ||
    hazardState.fetching ||
    clueState.fetching ||
    linkHazardState.fetching ||
    linkClueState.fetching;
  const needsEntity = !report.entity;
  // The hazard or clue already recorded for this report in an attempt whose link step failed.
  const [recorded, setRecorded] = useState<{ action: Action; id: string } | null>(null);

  const fail = (error: unknown) => {
    const general = applyServerErrors(form, error);
    if (general) message.error(general);
  };

  /** Step one: the hazard or clue, recorded by its owner with this report's id (skipped on a retry). */
  const recordFor = async (kind: 'hazard' | 'clue', values: Values): Promise<string | undefined> => {
    if (recorded?.action === kind) return recorded.id;
    const entityId = report.entity?.id ?? values.entityId!;
    const description = values.description?.trim() || report.description;
    const result =
      kind === 'hazard'
        ? await recordHazard({
            input: {
              investigationId: values.investigationId!,
              entityId,
              description,
              foundOn: report.receivedOn,
              rectifyBy: values.rectifyBy!.format('YYYY-MM-DD'),
              villageReportId: report.id,
            },
          })
        : await createClue({
            input: {
              title: values.title!.trim(),
              source: 'COMPLAINT',
              entityId,
              receivedOn: report.receivedOn,
              description: `${description}(村(社区)协管员${report.reporterName}报告)`,
              villageReportId: report.id,
            },
          });
    if (result.error) {
      fail(result.error);
      return undefined;
    }
    const data = result.data as { recordHazard?: { id: string }; createClue?: { id: string } } | undefined;
    const id = kind === 'hazard' ? data?.recordHazard?.id : data?.createClue?.id;
    if (id) setRecorded({ action: kind, id });
    return id;
  };

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing next to each field
    }
    const base = { id: report.id, version: report.version };
    let result: { error?: unknown };
    if (action === 'dismiss') {
      result = await dismiss({ ...base, reason: values.reason!.trim() });
    } else {
      const recordId = await recordFor(action!, values);
      if (!recordId) return;
      result =
        action === 'hazard'
          ? await linkHazard({ ...base, hazardId: recordId })
          : await linkClue({ ...base, caseId: recordId });
    }
    if (result.error) {
      fail(result.error);
      return;
    }
    message.success(`${TITLES[action!]}:已办理`);
    setRecorded(null);
    setAction(null);
    form.resetFields();
    onDone();
  };

  return (
    <>
      <Space size={4} wrap>
        <Button size="small" onClick={() => setAction('dismiss')}>
          不予处理
        </Button>
        <Button size="small" onClick={() => setAction('hazard')}>
          转为隐患
        </Button>
        <Button size="small" type="primary" onClick={() => setAction('clue')}>
          转为线索
        </Button>
      </Space>
      <Modal
        title={action ? `${TITLES[action]} · ${report.entityName}` : ''}
        open={action !== null}
        onOk={submit}
        okText="确定"
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ rectifyBy: dayjs().add(15, 'day'), title: `${report.entityName}涉嫌违法(村(社区)报告)` }}
        >
          {action === 'dismiss' && (
            <Form.Item
              name="reason"
              label="不予处理的理由"
              rules={[
                { required: true, whitespace: true, message: '请填写不予处理的理由' },
                { max: 500, message: '不超过500字' },
              ]}
            >
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
          {action === 'hazard' && (
            <>
              <Form.Item
                name="investigationId"
                label="排查轮次"
                rules={[{ required: true, message: '请选择排查轮次' }]}
              >
                <InvestigationPicker townshipId={report.township.id} />
              </Form.Item>
              <Form.Item name="rectifyBy" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {action === 'clue' && (
            <Form.Item name="title" label="案由" rules={[{ required: true, whitespace: true, message: '请填写案由' }]}>
              <Input maxLength={200} />
            </Form.Item>
          )}
          {action !== 'dismiss' && needsEntity && (
            <Form.Item
              name="entityId"
              label="当事主体(报告未选名录中的主体)"
              rules={[{ required: true, message: '请选择当事主体' }]}
            >
              <EntityPicker townshipId={report.township.id} />
            </Form.Item>
          )}
          {action !== 'dismiss' && (
            <Form.Item name="description" label="描述(不填则用报告的所见情况)">
              <Input.TextArea rows={3} maxLength={2000} placeholder={report.description} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
