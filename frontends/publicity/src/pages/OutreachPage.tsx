import { useQuery } from '@shian/graphql-client';
import { PageHeader, t, useT } from '@shian/ui-kit';
import { Calendar, Card, Descriptions, Flex, Tag, type TableColumnsType } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { OutreachFormButton } from '../components/OutreachFormButton';
import { exportCells, ListTable, tableCells, useListPage } from '@shian/remote-kit';
import { PublicityWeekFormButton } from '../components/PublicityWeekFormButton';
import { graphql } from '../gql';
import type { OutreachListQuery } from '../gql/graphql';
import { OUTREACH_KIND } from '../labels';

export const OutreachListDocument = graphql(`
  query OutreachList($filter: OutreachEventFilter, $first: Int, $after: String) {
    outreachEvents(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        title
        theme
        kind
        heldOn
        place
        organizer
        materials
        peopleReached
        township {
          ...TownshipRef
        }
        week {
          id
          name
        }
      }
    }
  }
`);

const PublicityWeeksDocument = graphql(`
  query PublicityWeeks {
    publicityWeeks {
      id
      year
      name
      theme
      startsOn
      endsOn
      organizer
      activityCount
      materials
      peopleReached
    }
  }
`);

type OutreachRow = NonNullable<OutreachListQuery['outreachEvents']>['nodes'][number];

const cell = exportCells<OutreachRow>();

const EXPORT_COLUMNS = [
  { title: '活动日期', value: 'heldOn' as const, width: 12 },
  { title: '活动名称', value: 'title' as const, width: 30 },
  { title: '形式', value: cell.label('kind', OUTREACH_KIND), width: 8 },
  { title: '宣传主题', value: 'theme' as const, width: 20 },
  { title: '地点', value: 'place' as const, width: 30 },
  { title: '乡镇(街道)', value: (row: OutreachRow) => row.township?.name ?? t('全区'), width: 12 },
  { title: '组织单位', value: 'organizer' as const, width: 30 },
  { title: '发放资料(份)', value: 'materials' as const, width: 12 },
  { title: '受众人数', value: 'peopleReached' as const, width: 10 },
  { title: '所属宣传周', value: (row: OutreachRow) => row.week?.name ?? '', width: 36 },
];

/** The month a calendar shows: `?month=YYYY-MM`, else the latest publicity week's month, else this month. */
export function calendarMonth(params: URLSearchParams, latestWeekStart: string | undefined): Dayjs {
  const given = params.get('month');
  return dayjs(given ? `${given}-01` : (latestWeekStart ?? undefined)).startOf('month');
}

function OutreachCalendar({ month, onMonth }: { month: Dayjs; onMonth: (month: Dayjs) => void }) {
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const [{ data }] = useQuery({ query: OutreachListDocument, variables: { filter: { from, to }, first: 100 } });
  const byDay = new Map<string, OutreachRow[]>();
  const t = useT();
  for (const event of data?.outreachEvents?.nodes ?? [])
    byDay.set(event.heldOn, [...(byDay.get(event.heldOn) ?? []), event]);
  return (
    <section aria-label={t('宣传活动日历')}>
      <Calendar
        value={month}
        onPanelChange={(value) => onMonth(value)}
        onSelect={(value, info) => info.source !== 'date' && onMonth(value)}
        cellRender={(day, info) => {
          if (info.type !== 'date' || !day.isSame(month, 'month')) return null;
          const events = byDay.get(day.format('YYYY-MM-DD')) ?? [];
          return (
            <Flex vertical gap={2}>
              {events.map((event) => (
                <Tag
                  key={event.id}
                  color={OUTREACH_KIND[event.kind].color}
                  title={`${event.title} · ${event.place}`}
                  style={{ marginInlineEnd: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}
                >
                  {event.title}
                </Tag>
              ))}
            </Flex>
          );
        }}
      />
    </section>
  );
}

/** 宣传活动: the publicity weeks, the calendar of outreach events, and their list (filtered, exported whole). */
export function OutreachPage() {
  const [{ data: weeksData }, refetchWeeks] = useQuery({ query: PublicityWeeksDocument });
  const weeks = weeksData?.publicityWeeks ?? [];
  const list = useListPage({
    query: OutreachListDocument,
    filters: [{ year: true }, { name: 'kind', label: '活动形式', labels: OUTREACH_KIND, width: 120 }],
    pick: (data) => data.outreachEvents,
  });
  const reload = list.reload;
  // The calendar's month lives in the URL beside the list's filter, which it does not narrow.
  const month = calendarMonth(list.params, weeks[0]?.startsOn);
  const t = useT();

  const column = tableCells<OutreachRow>();

  const columns: TableColumnsType<OutreachRow> = [
    { title: '活动日期', ...column.date('heldOn') },
    { title: '活动名称', dataIndex: 'title' },
    { title: '形式', ...column.tag('kind', OUTREACH_KIND) },
    { title: '地点', dataIndex: 'place' },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township?.name ?? t('全区') },
    { title: '发放资料(份)', dataIndex: 'materials' },
    { title: '受众人数', dataIndex: 'peopleReached' },
  ];

  return (
    <>
      <PageHeader
        title="宣传活动"
        subTitle="食品安全宣传周与进社区、进课堂、进企业、进市场活动"
        extra={
          <Flex gap={8}>
            <PublicityWeekFormButton onSaved={() => refetchWeeks({ requestPolicy: 'network-only' })} />
            <OutreachFormButton weeks={weeks} onSaved={reload} />
          </Flex>
        }
      />
      {weeks.map((week) => (
        <Card
          key={week.id}
          size="small"
          title={t('{{name}}:「{{theme}}」', { name: week.name, theme: week.theme })}
          style={{ marginBottom: 16 }}
        >
          <Descriptions column={{ xs: 1, md: 3, xl: 5 }}>
            <Descriptions.Item label={t('时间')}>
              {t('{{from}} 至 {{to}}', { from: week.startsOn, to: week.endsOn })}
            </Descriptions.Item>
            <Descriptions.Item label={t('系列活动')}>{t('{{n}} 次', { n: week.activityCount })}</Descriptions.Item>
            <Descriptions.Item label={t('发放宣传资料')}>
              {t('{{n}} 份', { n: week.materials.toLocaleString('zh-CN') })}
            </Descriptions.Item>
            <Descriptions.Item label={t('受众')}>
              {t('{{n}} 人', { n: week.peopleReached.toLocaleString('zh-CN') })}
            </Descriptions.Item>
            <Descriptions.Item label={t('主办、承办')}>{week.organizer}</Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
      <Card size="small" title={t('活动日历')} style={{ marginBottom: 16 }}>
        <OutreachCalendar month={month} onMonth={(next) => list.set('month', next.format('YYYY-MM'))} />
      </Card>
      <ListTable
        aria-label={t('宣传活动列表')}
        list={list}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS, filename: '宣传活动' }}
      />
    </>
  );
}
