import { DatePicker, Form, Select, type TableColumnsType, Tag } from '@shian/antd';
import { useQuery } from '@shian/graphql-client';
import {
  DateField,
  dayAfter,
  formatDate,
  type FormValuesOf,
  localDate,
  MutationDialog,
  NewRecordDialog,
  tableCells,
  TextField,
} from '@shian/remote-kit';
import { labelOf, t, useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { AssignmentInput, AssignmentScheduleFieldsFragment, VisitInput } from '../gql/graphql';
import { OFFICIAL_LEVEL } from '../labels';

const AssignOfficialMutation = graphql(`
  mutation AssignOfficial($input: AssignmentInput!) {
    assignOfficial(input: $input) {
      id
    }
  }
`);

const RecordVisitMutation = graphql(`
  mutation RecordVisit($input: VisitInput!) {
    recordVisit(input: $input) {
      id
    }
  }
`);

/** Who may hold a business of this township: district officials anywhere, others only in their own township. */
export const AssignableOfficialsDocument = graphql(`
  query AssignableOfficials($townshipId: ID!) {
    district: officials(filter: { level: DISTRICT }, first: 100) {
      nodes {
        id
        name
        title
        level
      }
    }
    local: officials(filter: { townshipId: $townshipId }, first: 100) {
      nodes {
        id
        name
        title
        level
      }
    }
  }
`);

/** The server's limit on a visit's findings (recordVisit). */
const MAX_FINDINGS_LENGTH = 2000;

function OfficialSelect({
  townshipId,
  value,
  onChange,
}: {
  townshipId: string;
  value?: string;
  onChange?: (id: string) => void;
}) {
  useT();
  const [{ data, fetching }] = useQuery({ query: AssignableOfficialsDocument, variables: { townshipId } });
  const officials = [...(data?.district?.nodes ?? []), ...(data?.local?.nodes ?? [])];
  return (
    <Select
      aria-label={t('包保干部')}
      placeholder={t('区级干部,或本乡镇(街道)的干部')}
      loading={fetching}
      value={value}
      onChange={onChange}
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
      options={officials.map((o) => ({
        value: o.id,
        label: t('{{name}}({{title}},{{level}})', {
          name: o.name,
          title: o.title,
          level: labelOf(OFFICIAL_LEVEL, o.level),
        }),
      }))}
    />
  );
}

type AssignValues = Omit<FormValuesOf<AssignmentInput, 'startsOn' | 'endsOn'>, 'entityId'>;

/**
 * 建立包保关系 for a business. assignOfficial's rules, mirrored: the township's writers only (the page offers it
 * to them), a township or village official only in their own township (the choice is limited to those), and an
 * end after the start; an overlapping period is the server's to refuse, beside 开始日期.
 */
export function AssignOfficialButton({
  entity,
  onAssigned,
}: {
  entity: { id: string; township: { id: string } };
  onAssigned?: () => void;
}) {
  useT();
  return (
    <NewRecordDialog
      label="新增包保干部"
      title="建立包保关系"
      button={{ type: 'default' }}
      success="包保关系已建立"
      initialValues={{ startsOn: dayjs() }}
      onDone={onAssigned}
      mutation={AssignOfficialMutation}
      variables={(values: AssignValues) => ({
        input: {
          entityId: entity.id,
          officialId: values.officialId,
          startsOn: localDate(values.startsOn),
          endsOn: localDate(values.endsOn) ?? null,
        },
      })}
    >
      <Form.Item name="officialId" label={t('包保干部')} rules={[{ required: true, message: t('请选择包保干部') }]}>
        <OfficialSelect townshipId={entity.township.id} />
      </Form.Item>
      <DateField name="startsOn" label="开始日期" required="请选择包保开始日期" />
      <DateField
        name="endsOn"
        label="结束日期(不填为长期)"
        dependencies={['startsOn']}
        rules={[dayAfter('startsOn', t('包保结束日期应晚于开始日期'))]}
      />
    </NewRecordDialog>
  );
}

type VisitValues = Omit<FormValuesOf<VisitInput, 'visitedOn'>, 'assignmentId'>;

/**
 * 登记督导 of one 包保 assignment. recordVisit's limits, mirrored: a day inside the assignment's period and not after
 * today, findings required and at most 2000 characters.
 */
export function RecordVisitButton({
  assignment,
  officialName,
  onRecorded,
}: {
  assignment: { id: string; startsOn: string; endsOn?: string | null };
  officialName: string;
  onRecorded?: () => void;
}) {
  useT();
  const today = dayjs();
  const outside = (d: Dayjs) =>
    d.isBefore(assignment.startsOn, 'day') ||
    (!!assignment.endsOn && d.isAfter(assignment.endsOn, 'day')) ||
    d.isAfter(today, 'day');
  return (
    <MutationDialog
      label="登记督导"
      title={t('登记包保督导:{{official}}', { official: officialName })}
      button={{ size: 'small' }}
      okText="保存"
      success="督导记录已登记"
      initialValues={outside(today) ? {} : { visitedOn: today }}
      onDone={onRecorded}
      mutation={RecordVisitMutation}
      variables={(values: VisitValues) => ({
        input: {
          assignmentId: assignment.id,
          visitedOn: localDate(values.visitedOn),
          findings: values.findings.trim(),
        },
      })}
    >
      <Form.Item
        name="visitedOn"
        label={t('督导日期')}
        rules={[
          { required: true, message: t('请选择督导日期') },
          {
            validator: async (_, value?: Dayjs) => {
              if (value?.isAfter(today, 'day')) throw new Error(t('督导日期不能晚于今天'));
              if (value && outside(value)) throw new Error(t('督导日期不在包保期内'));
            },
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={outside} />
      </Form.Item>
      <TextField
        name="findings"
        label="发现问题及处理"
        required="请填写督导发现"
        max={MAX_FINDINGS_LENGTH}
        rows={5}
        counted
      />
    </MutationDialog>
  );
}

/**
 * An assignment's period and visit schedule as table columns (the business page and the 包保 page), with 登记督导
 * in each row when `visits` is given (to the roles that may record one). Titles in the current language: the pages
 * that call it re-render on the switch (useT).
 */
export function scheduleColumns<T extends AssignmentScheduleFieldsFragment>(visits?: {
  officialName: (assignment: T) => string;
  onRecorded: () => void;
}): TableColumnsType<T> {
  const column = tableCells<T>();
  return [
    {
      title: t('起止'),
      key: 'period',
      render: (_, a) =>
        a.endsOn
          ? t('{{from}} 至 {{to}}', { from: a.startsOn, to: a.endsOn })
          : t('{{from}} 至今', { from: a.startsOn }),
    },
    { title: t('督导频次'), dataIndex: 'visitsPerYear', render: (count: number) => t('每年 {{count}} 次', { count }) },
    { title: t('最近督导'), ...column.date((a) => a.lastVisitOn) },
    {
      title: t('下次督导'),
      key: 'next',
      render: (_, a) =>
        a.visitOverdue ? (
          <Tag color="red">{t('已逾期 {{date}}', { date: formatDate(a.nextVisitDue) })}</Tag>
        ) : (
          formatDate(a.nextVisitDue)
        ),
    },
    ...column.actions(
      (a) =>
        visits && (
          <RecordVisitButton assignment={a} officialName={visits.officialName(a)} onRecorded={visits.onRecorded} />
        ),
      { when: Boolean(visits) },
    ),
  ];
}
