import { Flex, Form } from '@shian/antd';
import {
  ChoiceField,
  comparedWith,
  DateField,
  EntityPicker,
  entityInput,
  localDate,
  type PickedEntityValues,
  NewRecordDialog,
  TextField,
} from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { WorkshopLevel, WorkshopUpgradeInput } from '../gql/graphql';
import { LEVEL } from '../labels';

const RecordUpgradeMutation = graphql(`
  mutation RecordWorkshopUpgrade($input: WorkshopUpgradeInput!) {
    recordWorkshopUpgrade(input: $input) {
      id
    }
  }
`);

const RANK: Record<WorkshopLevel, number> = { BASIC: 0, STANDARD: 1, MODEL: 2 };

type Values = PickedEntityValues<WorkshopUpgradeInput, 'acceptedOn'>;

/** 登记提档升级: a small workshop accepted at a higher level than it had. */
export function RecordUpgradeButton({ onRecorded }: { onRecorded: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记提档升级"
      title="登记小作坊提档升级"
      okText="提交"
      success="提档升级已登记"
      initialValues={{ fromLevel: 'BASIC', toLevel: 'STANDARD', acceptedOn: dayjs() }}
      mutation={RecordUpgradeMutation}
      variables={(values: Values) => ({
        input: {
          ...entityInput(values.entity),
          fromLevel: values.fromLevel,
          toLevel: values.toLevel,
          acceptedOn: localDate(values.acceptedOn),
          acceptedBy: values.acceptedBy.trim(),
          improvements: values.improvements?.trim() ?? '',
        },
      })}
      onDone={onRecorded}
    >
      <Form.Item label={t('小作坊')} name="entity" rules={[{ required: true, message: t('请选择小作坊') }]}>
        <EntityPicker whole category="SMALL_WORKSHOP" aria-label={t('小作坊')} />
      </Form.Item>
      <Flex gap={16}>
        <ChoiceField label="原等级" name="fromLevel" labels={LEVEL} required="请选择原等级" style={{ flex: 1 }} />
        <ChoiceField
          label="提升后等级"
          name="toLevel"
          labels={LEVEL}
          required="请选择提升后等级"
          dependencies={['fromLevel']}
          rules={[
            comparedWith<WorkshopLevel>('fromLevel', (to, from) =>
              RANK[to] <= RANK[from] ? t('提升后等级必须高于原等级') : undefined,
            ),
          ]}
          style={{ flex: 1 }}
        />
      </Flex>
      <Flex gap={16}>
        <DateField label="验收日期" name="acceptedOn" required="请选择验收日期" style={{ flex: 1 }} />
        <TextField label="验收人" name="acceptedBy" required="请输入验收人" style={{ flex: 1 }} />
      </Flex>
      <TextField label="整改提升内容" name="improvements" rows={3} />
    </NewRecordDialog>
  );
}
