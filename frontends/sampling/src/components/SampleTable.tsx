import { labelOf, StatusTag, t, useT } from '@shian/ui-kit';
import { DatePicker, type TableColumnsType, Tag } from '@shian/antd';
import dayjs from 'dayjs';
import { useSearchParams } from '@shian/router';
import { graphql } from '../gql';
import type { SampleFilter, SampleTableQuery } from '../gql/graphql';
import { CATEGORY, FAILURE_KIND, LEVEL, STATUS, VERDICT } from '../labels';
import {
  exportCells,
  filterParams,
  ListTable,
  localDate,
  ModuleLink,
  NewRecordButton,
  SearchFilter,
  SelectFilter,
  SwitchFilter,
  TownshipFilter,
  tableCells,
  useListPage,
} from '@shian/remote-kit';
import { FocusFilterSelects, FocusTags, focusCells, sampleFocus } from './Focus';

export const SampleTableQueryDocument = graphql(`
  query SampleTable($filter: SampleFilter, $first: Int, $after: String) {
    samples(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...SampleRow
      }
    }
  }
`);

type Row = NonNullable<SampleTableQuery['samples']>['nodes'][number];
const column = tableCells<Row>();
const cell = exportCells<Row>();

const TEXT_KEYS = [
  'search',
  'planId',
  'consumerRequestId',
  'level',
  'status',
  'category',
  'townshipId',
  'verdict',
  'focusVariety',
  'focusPeriod',
  'focusArea',
  'sampledFrom',
  'sampledTo',
] as const;

/** The filter as it stands in the URL (`?level=CITY&verdict=UNQUALIFIED`), so going back keeps it. */
export function filterFromParams(params: URLSearchParams): SampleFilter {
  return filterParams<SampleFilter>(params, [...TEXT_KEYS, 'overdue']);
}

export const EXPORT_COLUMNS = [
  { title: '抽样单编号', value: 'number' as const, width: 20 },
  { title: '样品名称', value: 'foodName' as const, width: 24 },
  { title: '食品类别', value: cell.label('category', CATEGORY), width: 16 },
  { title: '被抽样单位', value: cell.entity('entity'), width: 32 },
  { title: '乡镇(街道)', value: cell.name((row) => row.entity?.township), width: 12 },
  { title: '计划层级', value: cell.label((row) => row.plan.level, LEVEL), width: 8 },
  { title: '抽检计划', value: (row: Row) => row.plan.name, width: 36 },
  { title: '抽样日期', value: 'sampledOn' as const, width: 12 },
  { title: '承检机构', value: 'lab' as const, width: 28 },
  { title: '状态', value: cell.label('status', STATUS), width: 10 },
  { title: '检验结论', value: cell.label('verdict', VERDICT, ''), width: 10 },
  { title: '不合格类型', value: cell.label('failureKind', FAILURE_KIND, ''), width: 20 },
  { title: '重点品种', value: (row: Row) => focusCells(sampleFocus(row)).varieties, width: 24 },
  { title: '重点时段', value: (row: Row) => focusCells(sampleFocus(row)).periods, width: 10 },
  { title: '重点区域', value: (row: Row) => focusCells(sampleFocus(row)).areas, width: 12 },
  { title: '超期', value: (row: Row) => (row.overdue ? t('是') : ''), width: 6 },
];

/** The samples: filters kept in the URL, server-side pages, export of the whole filtered list to Excel. */
export function SampleTable() {
  const t = useT();
  const list = useListPage({ query: SampleTableQueryDocument, filter: filterFromParams, pick: (data) => data.samples });
  const { filter } = list;
  // Both ends of the range in one change of the address: two \`set\`s in a row would each start from the same address.
  const [, setParams] = useSearchParams();

  const setSampledOn = (from?: string, until?: string) => {
    const next = new URLSearchParams(list.params);
    for (const [key, value] of [
      ['sampledFrom', from],
      ['sampledTo', until],
    ] as const) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<Row> = [
    {
      title: '样品名称',
      dataIndex: 'foodName',
      render: (name: string, row) => (
        <ModuleLink to={`/${row.id}`}>
          {name}
          {row.overdue && (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('超期')}
            </Tag>
          )}
        </ModuleLink>
      ),
    },
    { title: '抽样单编号', dataIndex: 'number' },
    { title: '食品类别', ...column.label('category', CATEGORY) },
    { title: '被抽样单位', ...column.entity('entity') },
    { title: '乡镇(街道)', key: 'township', ...column.name((row) => row.entity?.township) },
    { title: '层级', key: 'level', ...column.tag((row) => row.plan.level, LEVEL) },
    { title: '抽样日期', dataIndex: 'sampledOn' },
    { title: '重点', key: 'focus', render: (_, row) => <FocusTags {...sampleFocus(row)} /> },
    { title: '状态', ...column.tag('status', STATUS) },
    {
      title: '检验结论',
      dataIndex: 'verdict',
      render: (value: Row['verdict'], row) => (
        <>
          <StatusTag value={value} map={VERDICT} empty="—" />
          {row.failureKind && <span>{labelOf(FAILURE_KIND, row.failureKind)}</span>}
        </>
      ),
    },
  ];

  const filters = (
    <>
      <SearchFilter list={list} placeholder="搜索样品名称、抽样单编号、批号或承检机构" width={300} />
      <SelectFilter list={list} name="level" label="计划层级" labels={LEVEL} width={120} />
      <SelectFilter list={list} name="status" label="状态" labels={STATUS} width={120} />
      <SelectFilter list={list} name="category" label="食品类别" labels={CATEGORY} width={170} />
      <TownshipFilter list={list} />
      <SelectFilter list={list} name="verdict" label="检验结论" labels={VERDICT} width={120} />
      <FocusFilterSelects list={list} />
      <div data-filter="sampledOn">
        <DatePicker.RangePicker
          aria-label={t('抽样日期')}
          placeholder={[t('抽样日期起'), t('抽样日期止')]}
          value={[
            filter.sampledFrom ? dayjs(filter.sampledFrom) : null,
            filter.sampledTo ? dayjs(filter.sampledTo) : null,
          ]}
          allowEmpty={[true, true]}
          onChange={(range) => setSampledOn(localDate(range?.[0]), localDate(range?.[1]))}
        />
      </div>
      <SwitchFilter list={list} name="overdue" label="只看超期" />
    </>
  );

  return (
    <ListTable
      aria-label={t('抽检样品')}
      list={list}
      columns={columns}
      exportAs={{ columns: EXPORT_COLUMNS }}
      filters={filters}
      actions={<NewRecordButton>{t('登记抽样')}</NewRecordButton>}
    />
  );
}
