import { useT } from '@shian/ui-kit';
import { Flex, Form } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { OpinionEventInput } from '../gql/graphql';
import { SEVERITY } from '../labels';
import {
  ChoiceField,
  EntityPicker,
  entityInput,
  type FormValuesOf,
  type PickedEntity,
  NewRecordDialog,
  PastMomentField,
  TextField,
  CasePicker,
} from '@shian/remote-kit';

const ReportOpinionMutation = graphql(`
  mutation ReportOpinionEvent($input: OpinionEventInput!) {
    reportOpinionEvent(input: $input) {
      id
    }
  }
`);

/** The input as the form holds it, the business it concerns (if any) picked whole with its township. */
type ReportValues = FormValuesOf<Omit<OpinionEventInput, 'entityId' | 'townshipId'>, 'detectedAt'> & {
  entity?: PickedEntity;
};

/** 登记舆情: the event starts at 发现; a business it concerns brings its township (the record's scope). */
export function ReportOpinionButton({ onReported }: { onReported?: (id: string) => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记舆情"
      okText="登记"
      success="舆情已登记"
      initialValues={{ severity: 'GENERAL', detectedAt: dayjs() }}
      mutation={ReportOpinionMutation}
      variables={(values: ReportValues) => ({
        input: {
          title: values.title.trim(),
          content: values.content.trim(),
          platform: values.platform.trim(),
          sourceUrl: values.sourceUrl?.trim() || null,
          detectedAt: values.detectedAt.toISOString(),
          severity: values.severity,
          ...(values.entity ? entityInput(values.entity) : { entityId: null, townshipId: null }),
          caseId: values.caseId ?? null,
        },
      })}
      onDone={(answer) => {
        const id = answer?.data?.reportOpinionEvent.id;
        if (id) onReported?.(id);
      }}
    >
      <TextField label="舆情标题" name="title" required="请输入舆情标题" max={200} />
      <TextField label="舆情内容" name="content" required="请输入舆情内容" rows={3} placeholder="网民说了什么" />
      <Flex gap={16}>
        <TextField
          label="发现平台"
          name="platform"
          required="请输入发现平台"
          placeholder="如 抖音、微信群"
          style={{ flex: 1 }}
        />
        <ChoiceField
          label="舆情等级"
          name="severity"
          labels={SEVERITY}
          required="请选择舆情等级"
          style={{ width: 140 }}
        />
      </Flex>
      <PastMomentField label="发现时间" name="detectedAt" required="请选择发现时间" future="发现时间不能晚于现在" />
      <TextField
        label="原帖链接"
        name="sourceUrl"
        placeholder="https://"
        rules={[{ pattern: /^https?:\/\/\S+$/, message: t('链接必须以 http:// 或 https:// 开头') }]}
      />
      <Form.Item label={t('涉及主体')} name="entity" extra={t('涉及具体主体时选择;乡镇监管员只能登记本乡镇主体的舆情')}>
        <EntityPicker whole />
      </Form.Item>
      <Form.Item label={t('关联案件')} name="caseId">
        <CasePicker />
      </Form.Item>
    </NewRecordDialog>
  );
}
