import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@shian/graphql-client';
import {
  ErrorPanel,
  type ExportColumn,
  type LabelMap,
  labelOf,
  PageHeader,
  t,
  ExportRowsButton,
  useT,
} from '@shian/ui-kit';
import {
  App as AntApp,
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Typography,
} from '@shian/antd';
import { useSearchParams } from '@shian/router';
import { graphql } from '../gql';
import type { CalendarDayInput, CalendarPageQuery, ClockRuleInput, ClockUnit, DayType } from '../gql/graphql';
import { YearInput } from '../components/YearInput';
import { DUTY } from '../labels';
import {
  DateField,
  type FormValuesOf,
  localDate,
  MutationDialog,
  tableCells,
  TextField,
  todayInChina,
  useCanWriteDistrict,
} from '@shian/remote-kit';

const CalendarPageQueryDocument = graphql(`
  query CalendarPage($year: Int!) {
    holidayCalendar(year: $year) {
      year
      source
      covered
      workingDays
      days {
        date
        type
        kind
        name
        edited
      }
    }
    clockRules {
      code
      name
      unit
      amount
      extension
      period
      duty
      source
      edited
    }
  }
`);
const SetCalendarDay = graphql(`
  mutation SetCalendarDay($input: CalendarDayInput!) {
    setCalendarDay(input: $input) {
      date
    }
  }
`);
const RemoveCalendarDay = graphql(`
  mutation RemoveCalendarDay($date: String!) {
    removeCalendarDay(date: $date)
  }
`);
const UpdateClockRule = graphql(`
  mutation UpdateClockRule($input: ClockRuleInput!) {
    updateClockRule(input: $input) {
      code
    }
  }
`);

const DAY_TYPE: LabelMap<DayType> = {
  WORKING_DAY: { label: '工作日', color: 'blue' },
  WEEKEND: { label: '周末' },
  HOLIDAY: { label: '放假', color: 'red' },
  MAKEUP_WORKDAY: { label: '调休上班', color: 'orange' },
};
const UNIT_OPTIONS: { value: ClockUnit; label: string }[] = [
  { value: 'WORKING_DAYS', label: '工作日' },
  { value: 'CALENDAR_DAYS', label: '自然日' },
  { value: 'MONTHS', label: '月' },
];

type Day = NonNullable<CalendarPageQuery['holidayCalendar']>['days'][number];
const dayColumn = tableCells<Day>();

const dayColumns = (source = ''): ExportColumn<Day>[] => [
  { title: '日期', value: 'date', width: 12 },
  { title: '类型', value: (day) => labelOf(DAY_TYPE, day.type), width: 10 },
  { title: '名称', value: 'name', width: 16 },
  { title: '来源', value: (day) => (day.edited ? t('本局调整') : source), width: 28 },
];
type Rule = NonNullable<CalendarPageQuery['clockRules']>[number];
const ruleColumn = tableCells<Rule>();

/** The holiday calendar every statutory clock counts working days on, and the clock rules, as the bureau edits them. */
export function CalendarPage() {
  const t = useT();
  // The year is the address's (`?year=2025`), so a link or back opens the same calendar.
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || Number(todayInChina().slice(0, 4));
  const [{ data, error }, refetch] = useQuery({ query: CalendarPageQueryDocument, variables: { year } });
  const [, removeDay] = useMutation(RemoveCalendarDay);
  const { message } = AntApp.useApp();
  const canEdit = useCanWriteDistrict();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <ErrorPanel error={error} onRetry={reload} />;
  const calendar = data?.holidayCalendar;

  return (
    <>
      <PageHeader
        title="节假日日历与法定时限"
        subTitle="工作日时限按此日历计算:法定节假日不计,调休上班日计入"
        extra={
          <Flex gap={8}>
            <YearInput value={year} onChange={(v) => setParams({ year: String(v) }, { replace: true })} />
            {/* The year's days are all on screen already: the file is what the table shows. */}
            <ExportRowsButton
              rows={calendar?.days ?? []}
              columns={dayColumns(calendar?.source)}
              filename={t('{{year}}年节假日安排', { year })}
            />
          </Flex>
        }
      />
      <Card
        title={
          calendar
            ? calendar.covered
              ? t('{{year}}年:全年工作日 {{days}} 天', { year, days: calendar.workingDays })
              : t('{{year}}年:全年工作日 {{days}} 天(该年度暂无国务院安排,仅按周末计算)', {
                  year,
                  days: calendar.workingDays,
                })
            : t('日历')
        }
        extra={
          canEdit && (
            <MutationDialog
              label="调整日期"
              title="调整某日为放假或上班"
              success="日历已调整"
              button={{ icon: <PlusOutlined /> }}
              initialValues={{ kind: 'HOLIDAY' }}
              onDone={reload}
              mutation={SetCalendarDay}
              variables={(v: FormValuesOf<CalendarDayInput, 'date'>) => ({
                input: { ...v, date: localDate(v.date) },
              })}
            >
              <DateField name="date" label="日期" required="请选择日期" />
              <Form.Item name="kind" label={t('调整为')} rules={[{ required: true }]}>
                <Select
                  options={[
                    { value: 'HOLIDAY', label: t('放假') },
                    { value: 'WORKDAY', label: t('上班(调休)') },
                  ]}
                />
              </Form.Item>
              <TextField name="name" label="名称" required="请填写名称" placeholder="如 春节、调休上班" />
            </MutationDialog>
          )
        }
        style={{ marginBottom: 16 }}
      >
        <Table<Day>
          aria-label={t('节假日日历')}
          size="small"
          rowKey="date"
          pagination={false}
          dataSource={calendar?.days ?? []}
          columns={[
            { title: t('日期'), dataIndex: 'date' },
            { title: t('类型'), ...dayColumn.tag('type', DAY_TYPE) },
            { title: t('名称'), dataIndex: 'name' },
            {
              title: t('来源'),
              dataIndex: 'edited',
              render: (edited: boolean) => (edited ? t('本局调整') : calendar?.source),
            },
            {
              title: '',
              key: 'remove',
              render: (_, day) =>
                canEdit &&
                day.edited && (
                  <Popconfirm
                    title={t('撤销本局调整,恢复默认安排?')}
                    okText={t('撤销')}
                    cancelText={t('取消')}
                    onConfirm={async () => {
                      const result = await removeDay({ date: day.date });
                      if (result.error) message.error(result.error.message);
                      else reload();
                    }}
                  >
                    <Button size="small">{t('撤销调整')}</Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('法定时限规则')}>
        <Table<Rule>
          aria-label={t('法定时限规则')}
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={data?.clockRules ?? []}
          columns={[
            { title: t('时限'), dataIndex: 'name' },
            { title: t('期限'), dataIndex: 'period' },
            { title: t('可延长'), dataIndex: 'extension', render: (value: number) => (value ? value : t('不可延长')) },
            { title: t('性质'), ...ruleColumn.tag('duty', DUTY) },
            {
              title: t('依据'),
              dataIndex: 'source',
              render: (value: string, rule) => (
                <Typography.Text type={rule.edited ? 'warning' : 'secondary'}>{value}</Typography.Text>
              ),
            },
            {
              title: '',
              key: 'edit',
              render: (_, rule) =>
                canEdit && (
                  <MutationDialog
                    label="修改"
                    title={t('修改「{{name}}」', { name: rule.name })}
                    success="规则已修改"
                    button={{ size: 'small' }}
                    initialValues={{
                      unit: rule.unit,
                      amount: rule.amount,
                      extension: rule.extension,
                      source: rule.source,
                    }}
                    onDone={reload}
                    mutation={UpdateClockRule}
                    variables={(v: FormValuesOf<Omit<ClockRuleInput, 'code'>>) => ({
                      input: { code: rule.code, ...v },
                    })}
                  >
                    <Form.Item name="amount" label={t('期限')} rules={[{ required: true }]}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item name="unit" label={t('单位')} rules={[{ required: true }]}>
                      <Select options={UNIT_OPTIONS.map((o) => ({ ...o, label: t(o.label) }))} />
                    </Form.Item>
                    <Form.Item name="extension" label={t('可延长(同单位,0 为不可延长)')} rules={[{ required: true }]}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                    <TextField name="source" label="依据" rows={2} required="请填写依据" />
                  </MutationDialog>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
