import { SettingOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Typography } from '@shian/antd';
import { useQuery } from '@shian/graphql-client';
import { formatDateTime, MutationDialog } from '@shian/remote-kit';
import { t, useT } from '@shian/ui-kit';
import { graphql } from '../gql';

const GradingRuleDocument = graphql(`
  query GradingRule {
    gradingRule {
      aMax
      bMax
      cMax
      inspectionsPerYear {
        grade
        min
        max
      }
    }
  }
`);

const UpdateGradingRuleMutation = graphql(`
  mutation UpdateGradingRule($aMax: Float!, $bMax: Float!, $cMax: Float!) {
    updateGradingRule(aMax: $aMax, bMax: $bMax, cMax: $cMax) {
      aMax
      bMax
      cMax
    }
  }
`);

const VillageReportSettingDocument = graphql(`
  query VillageReportSetting {
    villageReportSetting {
      triageWorkingDays
      updatedBy
      updatedAt
    }
  }
`);

const SetTriageDaysMutation = graphql(`
  mutation SetVillageReportTriageDays($workingDays: Int!) {
    setVillageReportTriageDays(workingDays: $workingDays) {
      triageWorkingDays
    }
  }
`);

/** The highest total score (static ≤40 plus dynamic ≤60): every band must end below it, or D could never be given. */
const MAX_TOTAL = 100;
/** setVillageReportTriageDays' range (MAX_TRIAGE_WORKING_DAYS in the subgraph). */
const MAX_TRIAGE_WORKING_DAYS = 30;

interface Bands {
  aMax: number;
  bMax: number;
  cMax: number;
}

/** A band's field; `label` and `belowLabel` come translated, and each message is one sentence with them. */
const band = (name: keyof Bands, label: string, below?: keyof Bands, belowLabel?: string) => (
  <Form.Item
    name={name}
    label={label}
    dependencies={below ? [below] : []}
    rules={[
      { required: true, message: t('请输入{{label}}', { label }) },
      ({ getFieldValue }) => ({
        validator: async (_, value?: number) => {
          if (value === undefined || value === null) return;
          if (value <= 0 || value >= MAX_TOTAL)
            throw new Error(t('{{label}}应大于0、小于{{max}}', { label, max: MAX_TOTAL }));
          const lower = below ? (getFieldValue(below) as number | undefined) : undefined;
          if (lower !== undefined && lower !== null && value <= lower)
            throw new Error(t('{{label}}应高于{{below}}', { label, below: belowLabel }));
        },
      }),
    ]}
  >
    <InputNumber min={0} max={MAX_TOTAL} step={0.5} precision={1} style={{ width: '100%' }} />
  </Form.Item>
);

/**
 * A setting's button until the setting in force is read (its dialog's form takes the values when it opens): waiting,
 * or saying the setting could not be read. `label` and `unreadable` come translated.
 */
function SettingNotRead({ label, unreadable, error }: { label: string; unreadable: string; error?: unknown }) {
  return (
    <Button icon={<SettingOutlined />} disabled loading={!error} title={error ? unreadable : undefined}>
      {label}
    </Button>
  );
}

/**
 * 风险分级规则: the bands of the total score that give grades A–C (above C's is D). District writers only
 * (updateGradingRule's requireDistrictWriter); new bands grade assessments made from now on.
 */
export function GradingRuleButton() {
  useT();
  const [{ data, error }, refetch] = useQuery({ query: GradingRuleDocument });
  const rule = data?.gradingRule;
  if (!rule) return <SettingNotRead label={t('风险分级规则')} unreadable={t('分级规则读取失败')} error={error} />;
  return (
    <MutationDialog
      label="风险分级规则"
      title="修改风险分级分值"
      button={{ icon: <SettingOutlined /> }}
      okText="保存"
      success="分级分值已修改,此后的评定按新分值定级"
      initialValues={{ aMax: rule.aMax, bMax: rule.bMax, cMax: rule.cMax }}
      onDone={() => refetch({ requestPolicy: 'network-only' })}
      mutation={UpdateGradingRuleMutation}
      variables={(bands: Bands) => bands}
    >
      <Typography.Paragraph type="secondary">
        {t(
          '总分 = 静态风险因素分(≤40)+ 动态风险因素分(≤60)。总分不超过A级上限为A级,依次类推,超过C级上限为D级。已评定的等级不随之改变。',
        )}
      </Typography.Paragraph>
      {band('aMax', t('A级上限(含)'))}
      {band('bMax', t('B级上限(含)'), 'aMax', t('A级上限'))}
      {band('cMax', t('C级上限(含)'), 'bMax', t('B级上限'))}
    </MutationDialog>
  );
}

/**
 * 分办期限: how many working days a village report may wait for triage. Leaders only
 * (setVillageReportTriageDays); it applies to reports received from now on.
 */
export function TriageDaysButton() {
  useT();
  const [{ data, error }, refetch] = useQuery({ query: VillageReportSettingDocument });
  const setting = data?.villageReportSetting;
  if (!setting) return <SettingNotRead label={t('分办期限')} unreadable={t('分办设置读取失败')} error={error} />;
  return (
    <MutationDialog
      label={t('分办期限:{{count}}个工作日', { count: setting.triageWorkingDays })}
      title="修改分办期限"
      button={{ icon: <SettingOutlined /> }}
      okText="保存"
      success="分办期限已修改,对此后接收的报告生效"
      initialValues={{ workingDays: setting.triageWorkingDays }}
      onDone={() => refetch({ requestPolicy: 'network-only' })}
      mutation={SetTriageDaysMutation}
      variables={(values: { workingDays: number }) => ({ workingDays: values.workingDays })}
    >
      {setting.updatedBy && (
        <Typography.Paragraph type="secondary">
          {t('最近由 {{who}} 于 {{at}} 修改。已接收的报告仍按原期限计算。', {
            who: setting.updatedBy,
            at: formatDateTime(setting.updatedAt),
          })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="workingDays"
        label={t('分办期限(工作日,自接收之日起算)')}
        rules={[
          { required: true, message: t('请输入分办期限') },
          {
            type: 'integer',
            min: 1,
            max: MAX_TRIAGE_WORKING_DAYS,
            message: t('分办期限应为 1 到 {{max}} 个工作日', { max: MAX_TRIAGE_WORKING_DAYS }),
          },
        ]}
      >
        <InputNumber min={1} max={MAX_TRIAGE_WORKING_DAYS} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </MutationDialog>
  );
}
