import { DateRangeFields, type FormValuesOf, localDate, NewRecordDialog, TextField } from '@shian/remote-kit';
import type { Dayjs } from 'dayjs';
import { useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { PublicityWeekInput } from '../gql/graphql';

const CreatePublicityWeekMutation = graphql(`
  mutation CreatePublicityWeek($input: PublicityWeekInput!) {
    createPublicityWeek(input: $input) {
      id
    }
  }
`);

type Values = FormValuesOf<PublicityWeekInput, 'startsOn' | 'endsOn'>;

/** The subgraph's range for a record's dates. */
const inRange = (day?: Dayjs) => !day || (day.year() >= 2000 && day.year() <= 2100);

/** 登记宣传周, offered to the district's writers: the district's week (its year is its first day's); its activities are then registered into it. */
export function PublicityWeekFormButton({ onSaved }: { onSaved?: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      district
      label="登记宣传周"
      button={{ type: 'default' }}
      success="宣传周已登记"
      initialValues={{ organizer: '巴州区市场监督管理局' }}
      mutation={CreatePublicityWeekMutation}
      variables={(values: Values) => ({
        input: {
          name: values.name.trim(),
          theme: values.theme.trim(),
          startsOn: localDate(values.startsOn),
          endsOn: localDate(values.endsOn),
          organizer: values.organizer.trim(),
        },
      })}
      onDone={() => onSaved?.()}
    >
      <TextField
        label="名称"
        name="name"
        required="请输入宣传周名称"
        max={200}
        placeholder="如 2025年巴州区食品安全宣传周"
      />
      <TextField label="宣传主题" name="theme" required="请输入宣传主题" max={100} />
      <DateRangeFields
        startRules={[
          {
            validator: async (_, day?: Dayjs) => {
              if (!inRange(day)) throw new Error(t('开始日期应在 2000 至 2100 年间'));
            },
          },
        ]}
      />
      <TextField label="主办、承办单位" name="organizer" required="请输入主办、承办单位" max={200} />
    </NewRecordDialog>
  );
}
