import { Alert, Button, DatePicker, Flex, Form } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { TrainingAssessmentInput } from '../gql/graphql';
import {
  comparedWith,
  CountField,
  EntityPicker,
  entityInput,
  localDate,
  type PickedEntity,
  type PickedEntityValues,
  MutationDialog,
  NewRecordDialog,
  TextField,
} from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';

const RecordAssessmentMutation = graphql(`
  mutation RecordTrainingAssessment($input: TrainingAssessmentInput!) {
    recordTrainingAssessment(input: $input) {
      id
    }
  }
`);

/** The first sitting a re-sit follows: its business (with its township), its day, the people still outstanding. */
export interface ResitOf {
  id: string;
  entity: PickedEntity;
  assessedOn: string;
  outstanding: number;
}

/** The form's values: a re-sit's business, township and first sitting are the sitting's, not the form's. */
type Values = PickedEntityValues<Omit<TrainingAssessmentInput, 'resitOfId' | 'sessionId'>, 'assessedOn'>;

/** 登记考核, or (with `resitOf`) 补考 of a first sitting (a row's link): at most the people still outstanding sit it. */
export function RecordAssessmentButton({ resitOf, onRecorded }: { resitOf?: ResitOf; onRecorded?: () => void }) {
  const t = useT();
  const write = {
    mutation: RecordAssessmentMutation,
    variables: (values: Values) => ({
      input: {
        ...entityInput(resitOf?.entity ?? values.entity),
        assessedOn: localDate(values.assessedOn),
        assessed: values.assessed,
        passed: values.passed,
        examiner: values.examiner.trim(),
        resitOfId: resitOf?.id ?? null,
      },
    }),
    initialValues: { assessedOn: dayjs(), assessed: resitOf?.outstanding },
    onDone: () => onRecorded?.(),
  };
  const fields = (
    <>
      {resitOf && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('首次考核 {{date}},尚未通过 {{count}} 人', {
            date: resitOf.assessedOn,
            count: resitOf.outstanding,
          })}
        />
      )}
      {!resitOf && (
        <Form.Item label={t('受考主体')} name="entity" rules={[{ required: true, message: t('请选择受考主体') }]}>
          <EntityPicker whole />
        </Form.Item>
      )}
      <Form.Item label={t('考核日期')} name="assessedOn" rules={[{ required: true, message: t('请选择考核日期') }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={resitOf ? (day) => day.isBefore(dayjs(resitOf.assessedOn), 'day') : undefined}
        />
      </Form.Item>
      <Flex gap={16}>
        <CountField
          label="参考人数"
          name="assessed"
          required="请输入参考人数"
          min={1}
          rules={
            resitOf && [
              {
                type: 'integer',
                max: resitOf.outstanding,
                message: t('补考人数不能多于尚未通过的 {{count}} 人', { count: resitOf.outstanding }),
              },
            ]
          }
          style={{ flex: 1 }}
        />
        <CountField
          label="合格人数"
          name="passed"
          required="请输入合格人数"
          dependencies={['assessed']}
          rules={[
            comparedWith<number>('assessed', (passed, assessed) =>
              passed > assessed ? t('合格人数不能多于参考人数') : undefined,
            ),
          ]}
          style={{ flex: 1 }}
        />
      </Flex>
      <TextField label="考核人" name="examiner" required="请输入考核人" />
    </>
  );
  if (!resitOf)
    return (
      <NewRecordDialog label="登记考核" okText="提交" success="考核已登记" {...write}>
        {fields}
      </NewRecordDialog>
    );
  return (
    <MutationDialog
      label={t('补考:{{name}}', { name: resitOf.entity.name })}
      trigger={
        <Button size="small" type="link">
          {t('补考')}
        </Button>
      }
      okText="提交"
      success="补考已登记"
      {...write}
    >
      {fields}
    </MutationDialog>
  );
}
