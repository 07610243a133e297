import { useQuery } from '@shian/graphql-client';
import { PageHeader, StatusTag, t, useT } from '@shian/ui-kit';
import { Alert, type TableColumnsType, Tag } from '@shian/antd';
import {
  exportCells,
  filterParams,
  ListTable,
  ModuleLink,
  SelectFilter,
  tableCells,
  useListPage,
  YearFilter,
} from '@shian/remote-kit';
import { LinkInfantFormulaSample } from '../components/LinkInfantFormulaSample';
import { RegisterInfantFormulaBatch, stageLabel } from '../components/RegisterInfantFormulaBatch';
import { graphql } from '../gql';
import type { InfantFormulaBatchesQuery, InfantFormulaCoverageQuery, InfantFormulaFilter } from '../gql/graphql';
import { VERDICT } from '../labels';

const InfantFormulaBatchesQueryDocument = graphql(`
  query InfantFormulaBatches($filter: InfantFormulaFilter, $first: Int, $after: String) {
    infantFormulaBatches(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        year
        brand
        product
        stage
        batchNumber
        foundOn
        entity {
          ...EntityRef
          township {
            ...TownshipRef
          }
        }
        sample {
          id
          number
          foodName
          verdict
        }
      }
    }
  }
`);

const InfantFormulaCoverageDocument = graphql(`
  query InfantFormulaCoverage($year: Int!) {
    infantFormulaCoverage(year: $year) {
      year
      batchesOnSale
      batchesTested
      coverage
    }
  }
`);

type Row = NonNullable<InfantFormulaBatchesQuery['infantFormulaBatches']>['nodes'][number];
const column = tableCells<Row>();
const cell = exportCells<Row>();

const TESTED = [
  { value: 'true', label: '已检验' },
  { value: 'false', label: '未检验' },
];

/** The batches' filter as the address holds it (`?year=2024&tested=false`). */
export function batchFilterFromParams(params: URLSearchParams): InfantFormulaFilter {
  const filter: InfantFormulaFilter = filterParams<InfantFormulaFilter>(params, ['year']);
  const tested = params.get('tested');
  if (tested === 'true' || tested === 'false') filter.tested = tested === 'true';
  return filter;
}

export const BATCH_EXPORT_COLUMNS = [
  { title: '年度', value: 'year' as const, width: 8 },
  { title: '品牌', value: 'brand' as const, width: 16 },
  { title: '产品名称', value: 'product' as const, width: 32 },
  { title: '段别', value: (row: Row) => stageLabel(t, row.stage), width: 6 },
  { title: '生产批号', value: 'batchNumber' as const, width: 18 },
  { title: '销售单位', value: cell.name('entity'), width: 32 },
  { title: '乡镇(街道)', value: cell.name((row) => row.entity?.township), width: 12 },
  { title: '发现日期', value: 'foundOn' as const, width: 12 },
  { title: '检验样品编号', value: (row: Row) => row.sample?.number ?? t('未检验'), width: 20 },
  { title: '检验结论', value: cell.label((row) => row.sample?.verdict, VERDICT, ''), width: 10 },
];

type CoverageFigures = NonNullable<InfantFormulaCoverageQuery['infantFormulaCoverage']>;

/** 批批检 of one year: how many batches found on sale were tested. */
function Coverage({ year, coverage }: { year?: number | null; coverage?: CoverageFigures | null }) {
  const t = useT();
  if (!year)
    return <Alert type="info" showIcon title={t('选择年度,查看该年批批检覆盖率')} style={{ marginBottom: 16 }} />;
  if (!coverage) return null;
  const untested = coverage.batchesOnSale - coverage.batchesTested;
  return (
    <Alert
      type={untested ? 'warning' : 'success'}
      showIcon
      style={{ marginBottom: 16 }}
      title={t(
        untested
          ? '{{year}}年:在售批次 {{onSale}},已检验 {{tested}},覆盖率 {{share}}%,尚有 {{untested}} 批未检验'
          : '{{year}}年:在售批次 {{onSale}},已检验 {{tested}},覆盖率 {{share}}%(批批检)',
        {
          year: coverage.year,
          onSale: coverage.batchesOnSale,
          tested: coverage.batchesTested,
          share: (coverage.coverage * 100).toFixed(0),
          untested,
        },
      )}
    />
  );
}

/** 婴配乳粉批批检: the infant formula batches found on sale, each with the sample that tested it. */
export function InfantFormulaPage() {
  const t = useT();
  const list = useListPage({
    query: InfantFormulaBatchesQueryDocument,
    filter: batchFilterFromParams,
    pick: (data) => data.infantFormulaBatches,
  });
  const year = list.filter.year;
  const [coverage, refetchCoverage] = useQuery({
    query: InfantFormulaCoverageDocument,
    variables: { year: year ?? 0 },
    pause: !year,
  });
  // A new batch or a link changes the year's coverage as well as the list.
  const reload = () => {
    list.reload();
    if (year) refetchCoverage({ requestPolicy: 'network-only' });
  };

  const columns: TableColumnsType<Row> = [
    { title: '品牌', dataIndex: 'brand' },
    { title: '产品名称', dataIndex: 'product' },
    { title: '段别', dataIndex: 'stage', render: (stage: number) => stageLabel(t, stage) },
    { title: '生产批号', dataIndex: 'batchNumber' },
    { title: '销售单位', ...column.name('entity') },
    { title: '乡镇(街道)', key: 'township', ...column.name((row) => row.entity?.township) },
    { title: '发现日期', dataIndex: 'foundOn' },
    {
      title: '检验样品',
      key: 'sample',
      render: (_, row) =>
        row.sample ? (
          <>
            <ModuleLink to={`/${row.sample.id}`}>{row.sample.number}</ModuleLink>{' '}
            <StatusTag value={row.sample.verdict} map={VERDICT} empty="检验中" />
          </>
        ) : (
          <Tag color="orange">{t('未检验')}</Tag>
        ),
    },
    { title: '操作', key: 'link', render: (_, row) => <LinkInfantFormulaSample batch={row} onDone={reload} /> },
  ];

  return (
    <>
      <PageHeader
        title="婴配乳粉批批检"
        subTitle="在售的婴幼儿配方乳粉批次,每批对应一批次检验样品"
        extra={<RegisterInfantFormulaBatch onDone={reload} />}
      />
      <Coverage year={year} coverage={coverage.data?.infantFormulaCoverage} />
      <ListTable
        aria-label={t('婴配乳粉在售批次')}
        list={list}
        columns={columns}
        exportAs={{ columns: BATCH_EXPORT_COLUMNS }}
        filters={
          <>
            <YearFilter list={list} />
            <SelectFilter
              list={list}
              name="tested"
              label="检验情况"
              options={TESTED.map((o) => ({ ...o, label: t(o.label) }))}
            />
          </>
        }
      />
    </>
  );
}
