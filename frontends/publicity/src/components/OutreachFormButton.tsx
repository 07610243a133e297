import { useT } from '@shian/ui-kit';
import { Flex, Form, Select } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { OutreachEventInput } from '../gql/graphql';
import { OUTREACH_KIND } from '../labels';
import {
  ChoiceField,
  CountField,
  DateField,
  type FormValuesOf,
  localDate,
  NewRecordDialog,
  TextField,
  TownshipField,
} from '@shian/remote-kit';

const CreateOutreachMutation = graphql(`
  mutation CreateOutreachEvent($input: OutreachEventInput!) {
    createOutreachEvent(input: $input) {
      id
    }
  }
`);

export interface WeekOption {
  id: string;
  name: string;
  theme: string;
  startsOn: string;
  endsOn: string;
}

type Values = FormValuesOf<OutreachEventInput, 'heldOn'>;

/** 登记宣传活动: on its own, or as an activity of a publicity week (then within the week's dates). */
export function OutreachFormButton({ weeks, onSaved }: { weeks: readonly WeekOption[]; onSaved?: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记宣传活动"
      success="宣传活动已登记"
      initialValues={{
        kind: 'COMMUNITY',
        heldOn: dayjs(),
        materials: 0,
        peopleReached: 0,
        organizer: '巴州区市场监督管理局',
      }}
      mutation={CreateOutreachMutation}
      variables={(values: Values) => ({
        input: {
          title: values.title.trim(),
          theme: values.theme.trim(),
          kind: values.kind,
          heldOn: localDate(values.heldOn),
          place: values.place.trim(),
          townshipId: values.townshipId ?? null,
          organizer: values.organizer.trim(),
          materials: values.materials,
          peopleReached: values.peopleReached,
          weekId: values.weekId ?? null,
        },
      })}
      onDone={() => onSaved?.()}
    >
      <TextField label="活动名称" name="title" required="请输入活动名称" />
      <Flex gap={16}>
        <TextField label="宣传主题" name="theme" required="请输入宣传主题" style={{ flex: 1 }} />
        <ChoiceField
          label="活动形式"
          name="kind"
          labels={OUTREACH_KIND}
          required="请选择活动形式"
          style={{ width: 130 }}
        />
      </Flex>
      <Form.Item label={t('所属宣传周')} name="weekId">
        <Select
          allowClear
          placeholder={t('不属于宣传周')}
          options={weeks.map((w) => ({ value: w.id, label: `${w.name}(${w.theme})` }))}
        />
      </Form.Item>
      <Flex gap={16}>
        <DateField
          label="活动日期"
          name="heldOn"
          required="请选择活动日期"
          dependencies={['weekId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value?: Dayjs) => {
                const week = weeks.find((w) => w.id === getFieldValue('weekId'));
                const day = localDate(value);
                if (week && day && (day < week.startsOn || day > week.endsOn))
                  throw new Error(
                    t('活动日期应在宣传周期间({{from}} 至 {{to}})', { from: week.startsOn, to: week.endsOn }),
                  );
              },
            }),
          ]}
          style={{ flex: 1 }}
        />
        <TownshipField label="所在乡镇(街道)" name="townshipId" style={{ flex: 1 }} />
      </Flex>
      <TextField label="活动地点" name="place" required="请输入活动地点" />
      <TextField label="组织单位" name="organizer" required="请输入组织单位" />
      <Flex gap={16}>
        <CountField label="发放宣传资料(份)" name="materials" required="请输入发放份数" style={{ flex: 1 }} />
        <CountField label="受众人数" name="peopleReached" required="请输入受众人数" style={{ flex: 1 }} />
      </Flex>
    </NewRecordDialog>
  );
}
