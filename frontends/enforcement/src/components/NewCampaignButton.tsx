import { optionsOf, useT } from '@shian/ui-kit';
import { Form, Select } from '@shian/antd';
import { graphql } from '../gql';
import type { CampaignInput } from '../gql/graphql';
import { CAMPAIGN_KIND } from '../labels';
import { DateRangeFields, type FormValuesOf, localDate, NewRecordDialog, TextField } from '@shian/remote-kit';

const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      id
    }
  }
`);

type Values = FormValuesOf<CampaignInput, 'startsOn' | 'endsOn'>;

/** 新建专项, the district's: its year is the year it starts in (the subgraph files it so). */
export function NewCampaignButton({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      district
      label="新建专项"
      title="新建专项行动或专项治理"
      width={640}
      success="专项已新建"
      initialValues={{ kind: 'ENFORCEMENT' }}
      mutation={CreateCampaignMutation}
      variables={(v: Values) => ({
        input: {
          name: v.name.trim(),
          kind: v.kind,
          startsOn: localDate(v.startsOn),
          endsOn: localDate(v.endsOn),
          lead: v.lead.trim(),
          focus: v.focus.trim(),
        },
      })}
      onDone={onCreated}
    >
      <TextField label="名称" name="name" required max={100} placeholder="如:2026年食品安全“铁拳”专项执法行动" />
      <Form.Item label={t('类型')} name="kind" rules={[{ required: true, message: t('请选择类型') }]}>
        <Select aria-label="类型" options={optionsOf(CAMPAIGN_KIND)} />
      </Form.Item>
      <DateRangeFields />
      <TextField label="牵头科室" name="lead" required max={50} />
      <TextField label="重点内容" name="focus" required max={1000} rows={4} />
    </NewRecordDialog>
  );
}
