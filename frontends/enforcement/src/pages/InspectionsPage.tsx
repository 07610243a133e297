import { PageHeader, t, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import {
  exportCells,
  filterParams,
  ListTable,
  ModuleLink,
  names,
  SelectFilter,
  tableCells,
  TownshipFilter,
  useCanWriteDistrict,
  useListPage,
  YearFilter,
} from '@shian/remote-kit';
import { CampaignFilter } from '../components/filters';
import { PublicationStep, RectificationStep } from '../components/InspectionSteps';
import { NewInspectionButton } from '../components/NewInspectionButton';
import { graphql } from '../gql';
import type { InspectionFilter, InspectionListQuery } from '../gql/graphql';
import { INSPECTION_KIND, VERDICT } from '../labels';
import { inspectionPrintColumn } from '../print/InspectionPrint';

export const InspectionListQueryDocument = graphql(`
  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {
    inspections(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        inspectedOn
        kind
        township {
          ...TownshipRef
        }
        verdict
        findings
        entity {
          ...EntityRef
        }
        inspectors {
          id
          name
        }
        campaign {
          id
          name
        }
        ...InspectionStepFields
      }
    }
  }
`);

type Row = NonNullable<InspectionListQuery['inspections']>['nodes'][number];

/** What is still to do about the result: `?pending=unpublished` (not yet public) or `?pending=overdue` (rectification late). */
const PENDING = [
  { value: 'unpublished', label: '未公开' },
  { value: 'overdue', label: '逾期未整改' },
];

const filterOf = (params: URLSearchParams): InspectionFilter => ({
  ...filterParams<InspectionFilter>(params, ['year', 'townshipId', 'kind', 'verdict', 'campaignId']),
  ...(params.get('pending') === 'unpublished' ? { unpublished: true } : {}),
  ...(params.get('pending') === 'overdue' ? { rectificationOverdue: true } : {}),
});

const cell = exportCells<Row>();
const column = tableCells<Row>();

export const EXPORT_COLUMNS = [
  { title: '检查日期', value: cell.date('inspectedOn'), width: 12 },
  { title: '被检查主体', value: cell.name('entity'), width: 30 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 14 },
  { title: '检查类型', value: cell.label('kind', INSPECTION_KIND), width: 12 },
  { title: '检查人员', value: (row: Row) => row.inspectors.map((i) => i.name).join(t('、')), width: 20 },
  { title: '检查结果', value: cell.label('verdict', VERDICT), width: 10 },
  { title: '检查情况', value: 'findings' as const, width: 50 },
  {
    title: '整改期限',
    value: cell.date('rectificationDeadline'),
    width: 12,
  },
  { title: '整改日期', value: cell.date('rectifiedOn'), width: 12 },
  { title: '逾期未整改', value: (row: Row) => (row.rectificationOverdue ? t('是') : ''), width: 10 },
  { title: '公开日期', value: cell.date('publishedOn'), width: 12 },
  { title: '专项', value: cell.name('campaign'), width: 24 },
];

/** 监督检查: every inspection with its two inspectors, verdict, rectification and the result's publication. */
export function InspectionsPage() {
  const t = useT();
  const list = useListPage({ query: InspectionListQueryDocument, filter: filterOf, pick: (data) => data.inspections });
  const district = useCanWriteDistrict();

  const columns: TableColumnsType<Row> = [
    {
      title: '检查日期',
      key: 'inspectedOn',
      render: (_, row) => <ModuleLink to={`/inspections/${row.id}`}>{row.inspectedOn}</ModuleLink>,
    },
    { title: '被检查主体', ...column.entity('entity') },
    { title: '类型', ...column.tag('kind', INSPECTION_KIND) },
    { title: '检查人员', key: 'inspectors', render: (_, row) => names(row.inspectors) },
    { title: '结果', ...column.tag('verdict', VERDICT) },
    {
      title: '整改',
      key: 'rectification',
      render: (_, row) => <RectificationStep inspection={row} onDone={list.reload} />,
    },
    {
      title: '结果公开',
      key: 'publication',
      render: (_, row) => <PublicationStep inspection={row} onDone={list.reload} />,
    },
    { title: '专项', ...column.name('campaign') },
    inspectionPrintColumn,
  ];

  return (
    <>
      <PageHeader title="监督检查" subTitle="日常、双随机、专项、飞行检查;每次至少2名检查人员,结果20个工作日内公开" />
      <ListTable
        aria-label="监督检查"
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS }}
        filters={
          <>
            <YearFilter list={list} />
            {district && <TownshipFilter list={list} />}
            <SelectFilter list={list} name="kind" label="检查类型" labels={INSPECTION_KIND} width={130} />
            <SelectFilter list={list} name="verdict" label="检查结果" labels={VERDICT} width={120} />
            <SelectFilter
              list={list}
              name="pending"
              label="公开与整改"
              options={PENDING.map((o) => ({ ...o, label: t(o.label) }))}
              width={130}
            />
            <CampaignFilter list={list} />
          </>
        }
        actions={<NewInspectionButton onCreated={list.reload} />}
      />
    </>
  );
}
