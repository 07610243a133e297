import { labelOf, PageHeader, useT } from '@shian/ui-kit';
import { Card, Col, Flex, Row as GridRow, Progress, Statistic, type TableColumnsType } from '@shian/antd';
import { FOCUS_AXES, FocusFilterSelects, FocusTags } from '../components/Focus';
import { FocusFigures } from '../components/FocusFigures';
import { YearInput } from '../components/YearInput';
import {
  exportCells,
  filterParams,
  labelList,
  ListTable,
  NewRecordButton,
  tableCells,
  todayInChina,
  useListPage,
} from '@shian/remote-kit';
import type { ComponentProps } from 'react';
import { graphql } from '../gql';
import type { PlanFilter, PlansQuery } from '../gql/graphql';
import { CATEGORY, FOCUS_AREA, FOCUS_PERIOD, FOCUS_VARIETY, LEVEL, PURPOSE } from '../labels';

const PlansQueryDocument = graphql(`
  query Plans($filter: PlanFilter, $first: Int, $after: String, $year: Int!) {
    samplingPlans(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...PlanScope
        purpose
        issuer
        quota
        progress {
          sampled
          reported
          unqualified
          share
        }
      }
    }
    samplingFigures(year: $year) {
      batches
      unqualified
      unqualifiedRate
      infantFormulaBatches
      infantFormulaCoverage
      byLevel {
        level
        batches
        quota
      }
      focusBatches
      byFocusVariety {
        variety
        batches
        unqualified
      }
      byFocusPeriod {
        period
        batches
        unqualified
      }
      byFocusArea {
        area
        batches
        unqualified
      }
    }
  }
`);

type Row = NonNullable<PlansQuery['samplingPlans']>['nodes'][number];
const column = tableCells<Row>();
const cell = exportCells<Row>();

/** Before March the year's plans are still few: the page opens on the year before. */
const defaultYear = () => {
  const today = todayInChina();
  return Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 3 ? 1 : 0);
};

/** The plans' filter as it stands in the URL (`?year=2024&focusPeriod=MID_AUTUMN`); the year by default as above. */
export function planFilterFromParams(params: URLSearchParams): PlanFilter & { year: number } {
  const filter = filterParams<PlanFilter>(params, ['year', ...FOCUS_AXES.map((axis) => axis.key)]);
  return { ...filter, year: filter.year ?? defaultYear() };
}

export const PLAN_EXPORT_COLUMNS = [
  { title: '计划名称', value: 'name' as const, width: 36 },
  { title: '层级', value: cell.label('level', LEVEL), width: 8 },
  { title: '目的', value: cell.label('purpose', PURPOSE), width: 12 },
  { title: '下达单位', value: 'issuer' as const, width: 24 },
  { title: '执行开始', value: 'startsOn' as const, width: 12 },
  { title: '执行截止', value: 'endsOn' as const, width: 12 },
  { title: '任务量(批次)', value: 'quota' as const, width: 12 },
  { title: '已抽样', value: (row: Row) => row.progress.sampled, width: 10 },
  { title: '已出结论', value: (row: Row) => row.progress.reported, width: 10 },
  { title: '不合格', value: (row: Row) => row.progress.unqualified, width: 8 },
  { title: '完成率', value: (row: Row) => `${Math.round(row.progress.share * 100)}%`, width: 8 },
  { title: '食品类别', value: (row: Row) => labelList(CATEGORY, row.categories, ''), width: 36 },
  { title: '重点品种', value: (row: Row) => labelList(FOCUS_VARIETY, row.focusVarieties, ''), width: 24 },
  { title: '重点时段', value: (row: Row) => labelList(FOCUS_PERIOD, row.focusPeriods, ''), width: 16 },
  { title: '重点区域', value: (row: Row) => labelList(FOCUS_AREA, row.focusAreas, ''), width: 16 },
];

/** The year's plans with progress against quota, and the year's figures; year and focus in the address. */
export function PlansPage() {
  const t = useT();
  const list = useListPage({
    query: PlansQueryDocument,
    filter: planFilterFromParams,
    variables: (filter) => ({ filter, year: filter.year }),
    pick: (data) => data.samplingPlans,
  });
  const { year } = list.filter;
  const figures = list.data?.samplingFigures;

  const columns: TableColumnsType<Row> = [
    { title: '计划名称', ...column.link('name', (row) => `/?planId=${row.id}`) },
    { title: '层级', ...column.tag('level', LEVEL) },
    { title: '目的', ...column.label('purpose', PURPOSE) },
    { title: '下达单位', dataIndex: 'issuer' },
    {
      title: '执行期',
      key: 'period',
      render: (_, row) => t('{{from}} 至 {{until}}', { from: row.startsOn, until: row.endsOn }),
    },
    {
      title: '完成进度',
      key: 'progress',
      width: 220,
      render: (_, row) => (
        <Flex vertical>
          <Progress
            percent={Math.round(row.progress.share * 100)}
            size="small"
            status={row.progress.share >= 1 ? 'success' : 'active'}
          />
          <span>
            {t('已抽 {{sampled}} / 任务 {{quota}} 批次 · 出结论 {{reported}} · 不合格 {{unqualified}}', {
              sampled: row.progress.sampled,
              quota: row.quota,
              reported: row.progress.reported,
              unqualified: row.progress.unqualified,
            })}
          </span>
        </Flex>
      ),
    },
    {
      title: '食品类别',
      dataIndex: 'categories',
      render: (values: Row['categories']) => labelList(CATEGORY, values, ''),
    },
    {
      title: '重点品种、时段、区域',
      key: 'focus',
      width: 260,
      render: (_, row) => (
        <FocusTags varieties={row.focusVarieties} periods={row.focusPeriods} areas={row.focusAreas} />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="抽检计划"
        subTitle="国抽、省抽、市抽、区抽的任务量与完成进度"
        extra={
          <Flex gap={8}>
            <YearInput value={year} onChange={(v) => list.set('year', v)} />
            <NewRecordButton district to="/plans/new">
              {t('新建抽检计划')}
            </NewRecordButton>
          </Flex>
        }
      />
      {figures && <YearFigures figures={figures} />}
      {figures && <FocusFigures year={year} figures={figures} />}
      <ListTable
        aria-label={t('抽检计划')}
        list={list}
        columns={columns}
        exportAs={{ columns: PLAN_EXPORT_COLUMNS, filename: t('{{year}}年抽检计划', { year }) }}
        filters={<FocusFilterSelects list={list} />}
      />
    </>
  );
}

type Figures = NonNullable<PlansQuery['samplingFigures']>;

/** The year's batches, unqualified share, infant formula coverage and each level's progress, a card each. */
function YearFigures({ figures }: { figures: Figures }) {
  const t = useT();
  const cards: (ComponentProps<typeof Statistic> & { title: string })[] = [
    { title: t('抽检监测批次'), value: figures.batches, suffix: t('批') },
    {
      title: t('不合格批次'),
      value: figures.unqualified,
      suffix: t('批({{share}}%)', { share: (figures.unqualifiedRate * 100).toFixed(2) }),
    },
    {
      title: t('婴幼儿配方乳粉'),
      value: figures.infantFormulaBatches,
      suffix: t('批 · 覆盖 {{share}}%', { share: (figures.infantFormulaCoverage * 100).toFixed(0) }),
    },
    {
      title: t('各层级(已抽/任务)'),
      value: figures.byLevel.map((l) => `${labelOf(LEVEL, l.level)} ${l.batches}/${l.quota}`).join(' '),
      valueStyle: { fontSize: 14 },
    },
  ];
  return (
    <GridRow gutter={16} style={{ marginBottom: 16 }}>
      {cards.map((statistic) => (
        <Col key={statistic.title} xs={12} md={6}>
          <Card>
            <Statistic {...statistic} />
          </Card>
        </Col>
      ))}
    </GridRow>
  );
}
