import { DatePicker, Form, InputNumber } from '@shian/antd';
import { afterToday, comparedWith, type FormValuesOf, localDate, NewRecordDialog } from '@shian/remote-kit';
import { thisYearInChina, useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { RiskAssessmentInput } from '../gql/graphql';

const AssessRiskMutation = graphql(`
  mutation AssessRisk($input: RiskAssessmentInput!) {
    assessRisk(input: $input) {
      id
      grade
      totalScore
    }
  }
`);

type Values = Omit<FormValuesOf<RiskAssessmentInput, 'assessedOn'>, 'entityId'>;

/** The two parts of the total score, each from 0 to its most in half points (the total is at most 100). */
const SCORES = [
  { name: 'staticScore', label: '静态风险因素分(0–40)', required: '请输入静态风险分', max: 40 },
  { name: 'dynamicScore', label: '动态风险因素分(0–60)', required: '请输入动态风险分', max: 60 },
] as const;

/**
 * A yearly assessment: the scores are entered, the grade is the subgraph's to compute by the rule in force (the
 * page shows it once reloaded). The limits mirror assessRisk's: a year up to next year, scored on its own day or before.
 */
export function AssessRiskButton({ entityId, onAssessed }: { entityId: string; onAssessed?: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="新增风险评级"
      title="风险分级评定"
      button={{ type: 'default' }}
      okText="评定"
      success="评定完成,等级已按现行规则计算"
      initialValues={{ year: thisYearInChina(), assessedOn: dayjs() }}
      onDone={onAssessed}
      mutation={AssessRiskMutation}
      variables={(values: Values) => ({
        input: {
          entityId,
          year: values.year,
          staticScore: values.staticScore,
          dynamicScore: values.dynamicScore,
          assessedOn: localDate(values.assessedOn),
        },
      })}
    >
      <Form.Item label={t('年度')} name="year" rules={[{ required: true, message: t('请输入年度') }]}>
        <InputNumber min={2000} max={thisYearInChina() + 1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      {SCORES.map((score) => (
        <Form.Item
          key={score.name}
          label={t(score.label)}
          name={score.name}
          rules={[{ required: true, message: t(score.required) }]}
        >
          <InputNumber min={0} max={score.max} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      ))}
      <Form.Item
        label={t('评定日期')}
        name="assessedOn"
        dependencies={['year']}
        rules={[
          { required: true, message: t('请选择评定日期') },
          comparedWith<Dayjs, number>('year', (day, year) =>
            day.year() === year ? undefined : t('评定日期应在评定年度内'),
          ),
        ]}
      >
        {/* Beijing's today, as the subgraph refuses a later day: not the browser's. */}
        <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
      </Form.Item>
    </NewRecordDialog>
  );
}
