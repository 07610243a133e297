import { Form, Input, Select, Space } from '@shian/antd';
import { useMutation, useQuery } from '@shian/graphql-client';
import { DateField, EntityPicker, FormDialog, localDate, MutationDialog, TextField } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { VillageQueueQuery } from '../gql/graphql';

export type QueueRow = VillageQueueQuery['villageReports']['nodes'][number];

const DismissDocument = graphql(`
  mutation DismissVillageReport($id: ID!, $version: Int!, $reason: String!) {
    dismissVillageReport(id: $id, version: $version, reason: $reason) {
      ...TriageOutcomeFields
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
      ...TriageOutcomeFields
    }
  }
`);

const LinkClueDocument = graphql(`
  mutation TurnVillageReportIntoClue($id: ID!, $version: Int!, $caseId: ID!) {
    turnVillageReportIntoClue(id: $id, version: $version, caseId: $caseId) {
      ...TriageOutcomeFields
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

type Outcome = 'hazard' | 'clue';

interface Values {
  investigationId?: string;
  rectifyBy?: Dayjs;
  title?: string;
  entityId?: string;
  description?: string;
}

/** A form field's choice among the report's township's records (the form gives `value` and `onChange`). */
interface TownshipPickerProps {
  townshipId: string;
  value?: string;
  onChange?: (v: string) => void;
}

function InvestigationPicker({ townshipId, value, onChange }: TownshipPickerProps) {
  const t = useT();
  const [{ data, fetching }] = useQuery({ query: TriageInvestigationsDocument, variables: { filter: { townshipId } } });
  const open = (data?.hazardInvestigations.nodes ?? []).filter((i) => i.status !== 'FINISHED');
  return (
    <Select
      aria-label={t('排查轮次')}
      placeholder={t('涉及本乡镇(街道)、未结束的排查')}
      loading={fetching}
      value={value}
      onChange={onChange}
      virtual={false}
      options={open.map((i) => ({ value: i.id, label: `${i.code} ${i.theme}` }))}
      notFoundContent={t('没有未结束的排查轮次')}
    />
  );
}

/** What a hazard and a clue both ask: the business when the report only typed its name, and the description. */
function RecordFields({ report }: { report: QueueRow }) {
  const t = useT();
  return (
    <>
      {!report.entity && (
        <Form.Item
          name="entityId"
          label={t('当事主体(报告未选名录中的主体)')}
          rules={[{ required: true, message: t('请选择当事主体') }]}
        >
          {/* A business of the report's township, as the report only typed its name. */}
          <EntityPicker
            townshipId={report.township.id}
            aria-label={t('当事主体')}
            placeholder={t('搜索本乡镇(街道)的主体')}
          />
        </Form.Item>
      )}
      <Form.Item name="description" label={t('描述(不填则用报告的所见情况)')}>
        <Input.TextArea rows={3} showCount maxLength={2000} placeholder={report.description} />
      </Form.Item>
    </>
  );
}

/** 不予处理 / 转为隐患 / 转为线索 for a waiting report; the subgraph checks the caller may triage it. */
export function TriageButtons({ report, onDone }: { report: QueueRow; onDone: () => void }) {
  const t = useT();
  const [, recordHazard] = useMutation(RecordHazardDocument);
  const [, createClue] = useMutation(CreateClueDocument);
  const [, linkHazard] = useMutation(LinkHazardDocument);
  const [, linkClue] = useMutation(LinkClueDocument);
  // The hazard or clue already recorded for this report in an attempt whose link step failed.
  const [recorded, setRecorded] = useState<{ outcome: Outcome; id: string } | null>(null);
  const version = { id: report.id, version: report.version };
  const title = (action: string) => `${action} · ${report.entityName}`;
  const done = () => {
    setRecorded(null);
    onDone();
  };

  /** Step one (skipped on a retry): the hazard or clue, recorded by its owner with this report's id. */
  const recordFor = async (outcome: Outcome, values: Values) => {
    if (recorded?.outcome === outcome) return { id: recorded.id };
    const entityId = report.entity?.id ?? values.entityId!;
    const description = values.description?.trim() || report.description;
    if (outcome === 'hazard') {
      const result = await recordHazard({
        input: {
          investigationId: values.investigationId!,
          entityId,
          description,
          foundOn: report.receivedOn,
          rectifyBy: localDate(values.rectifyBy!),
          villageReportId: report.id,
        },
      });
      return { error: result.error, id: result.data?.recordHazard.id };
    }
    const result = await createClue({
      input: {
        title: values.title!.trim(),
        source: 'COMPLAINT',
        entityId,
        receivedOn: report.receivedOn,
        // The clue's record, read by enforcement's officers in Chinese whatever this screen's language.
        // i18n-check-ignore: the record's data, not this screen's text
        description: `${description}(村(社区)协管员${report.reporterName}报告)`,
        villageReportId: report.id,
      },
    });
    return { error: result.error, id: result.data?.createClue.id };
  };

  /** Both steps; a failed link keeps the recorded id, so the next OK retries the link alone. */
  const turnInto = async (outcome: Outcome, values: Values) => {
    const step = await recordFor(outcome, values);
    if (step.error || !step.id) return step;
    setRecorded({ outcome, id: step.id });
    return outcome === 'hazard'
      ? linkHazard({ ...version, hazardId: step.id })
      : linkClue({ ...version, caseId: step.id });
  };

  return (
    <Space size={4} wrap>
      <MutationDialog
        label={t('不予处理', { context: 'action' })}
        title={title(t('不予处理', { context: 'action' }))}
        button={{ size: 'small' }}
        success="不予处理:已办理"
        onDone={done}
        mutation={DismissDocument}
        variables={(values: { reason: string }) => ({ ...version, reason: values.reason.trim() })}
      >
        <TextField name="reason" label="不予处理的理由" required="请填写不予处理的理由" max={500} rows={3} counted />
      </MutationDialog>
      <FormDialog<Values>
        label="转为隐患"
        title={title(t('转为隐患'))}
        button={{ size: 'small' }}
        success="转为隐患:已办理"
        initialValues={{ rectifyBy: dayjs().add(15, 'day') }}
        onDone={done}
        onSubmit={(values) => turnInto('hazard', values)}
      >
        <Form.Item
          name="investigationId"
          label={t('排查轮次')}
          rules={[{ required: true, message: t('请选择排查轮次') }]}
        >
          <InvestigationPicker townshipId={report.township.id} />
        </Form.Item>
        <DateField name="rectifyBy" label="整改期限" required="请选择整改期限" />
        <RecordFields report={report} />
      </FormDialog>
      <FormDialog<Values>
        label="转为线索"
        title={title(t('转为线索'))}
        button={{ size: 'small', type: 'primary' }}
        success="转为线索:已办理"
        // The clue's 案由 as enforcement files it (Chinese, the record's data); the officer may edit it.
        // i18n-check-ignore: a default value of the record, not this screen's text
        initialValues={{ title: `${report.entityName}涉嫌违法(村(社区)报告)` }}
        onDone={done}
        onSubmit={(values) => turnInto('clue', values)}
      >
        <TextField name="title" label="案由" required="请填写案由" max={200} counted />
        <RecordFields report={report} />
      </FormDialog>
    </Space>
  );
}
