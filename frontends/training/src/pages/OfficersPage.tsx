import { PageHeader, thisYearInChina, useT, YearSelect } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { FiguresCard, figuresOf, ListTable, ModuleLink, SearchFilter, useListPage } from '@shian/remote-kit';
import { OFFICER_EXPORT_COLUMNS, officerColumns } from '../components/officerColumns';
import { graphql } from '../gql';
import type { OfficerTrainingFiguresQuery, OfficerTrainingHoursQuery } from '../gql/graphql';

export const OfficerTrainingHoursDocument = graphql(`
  query OfficerTrainingHours($year: Int!, $search: String, $first: Int, $after: String) {
    officerTrainingHours(year: $year, search: $search, first: $first, after: $after) {
      ...Paging
      nodes {
        officerId
        officerName
        badgeNumber
        unit
        year
        sessions
        hours
      }
    }
  }
`);

const OfficerFiguresDocument = graphql(`
  query OfficerTrainingFigures($year: Int!) {
    workReport(year: $year) {
      year
      training {
        officers {
          sessions
          officersTrained
          attendances
          hours
        }
      }
    }
  }
`);

type Row = NonNullable<OfficerTrainingHoursQuery['officerTrainingHours']>['nodes'][number];

export const HOURS_COLUMNS = [
  ...OFFICER_EXPORT_COLUMNS,
  { title: '年度', value: 'year' as const, width: 8 },
  { title: '参加培训(次)', value: 'sessions' as const, width: 12 },
  { title: '累计学时', value: 'hours' as const, width: 10 },
];

/** The year in the URL (`?year=2025`), this year when absent or not a year. */
export function yearFromParams(params: URLSearchParams, thisYear = thisYearInChina()): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear;
}

const officerFigures = figuresOf(
  (data: OfficerTrainingFiguresQuery | undefined) => data?.workReport?.training?.officers,
  {
    sessions: '执法人员培训(次)',
    officersTrained: '参训执法人员(人)',
    attendances: '参训人次',
    hours: '累计学时',
  },
);

/** The list's filter in the URL: the year (this year unless given) and a search. */
const officerFilter = (params: URLSearchParams) => ({
  year: yearFromParams(params),
  search: params.get('search')?.trim() || null,
});

/** 执法人员培训: each officer's sessions and hours for a year, summed by the subgraph from the sign-in sheets. */
export function OfficersPage() {
  const list = useListPage({
    query: OfficerTrainingHoursDocument,
    filter: officerFilter,
    variables: (filter) => filter,
    pick: (data) => data.officerTrainingHours,
  });
  const { year } = list.filter;
  const t = useT();

  const columns: TableColumnsType<Row> = [
    ...officerColumns<Row>(),
    { title: '参加培训(次)', dataIndex: 'sessions' },
    { title: '累计学时', dataIndex: 'hours' },
  ];

  return (
    <>
      <PageHeader
        title="执法人员培训"
        subTitle="执法人员专业化规范化培训:每人每年的培训次数与学时,由签到记录汇总"
        extra={
          <ModuleLink to={`/?kind=OFFICERS&year=${year}`}>{t('查看{{year}}年执法人员培训场次', { year })}</ModuleLink>
        }
      />
      <FiguresCard
        title="{{year}}年执法人员专业化规范化培训"
        query={OfficerFiguresDocument}
        figures={officerFigures}
        year={year}
        span={{ xs: 12, md: 6 }}
      />
      <ListTable
        aria-label={t('执法人员培训学时')}
        rowKey="officerId"
        columns={columns}
        list={list}
        exportAs={{ columns: HOURS_COLUMNS, filename: t('执法人员培训学时-{{year}}年', { year }) }}
        filters={
          <>
            <YearSelect allowClear={false} value={year} onChange={(y) => list.set('year', y)} />
            <SearchFilter list={list} placeholder="搜索姓名、执法证号或科室(所)" width={260} />
          </>
        }
      />
    </>
  );
}
