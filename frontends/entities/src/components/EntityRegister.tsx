import type { TableColumnsType } from '@shian/antd';
import {
  exportCells,
  filterParams,
  ListTable,
  NewRecordButton,
  SearchFilter,
  SelectFilter,
  TownshipFilter,
  tableCells,
  useListPage,
} from '@shian/remote-kit';
import { type ExportColumn, labelOf, StatusTag, useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { EntityCategory, EntityFilter, EntityRegisterQuery, RiskGrade } from '../gql/graphql';
import { CATEGORY, GRADE, STATUS } from '../labels';

export const EntityRegisterQueryDocument = graphql(`
  query EntityRegister($filter: EntityFilter, $first: Int, $after: String) {
    entities(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...EntityRecordFields
        riskGrade
      }
    }
  }
`);

type Row = NonNullable<EntityRegisterQuery['entities']>['nodes'][number];

const FILTER_KEYS = ['search', 'townshipId', 'category', 'riskGrade', 'status'] as const;

/** The filter as it stands in the URL (`?search=…&riskGrade=B`), so going back keeps it. */
export function filterFromParams(params: URLSearchParams, fixedTownshipId?: string): EntityFilter {
  const filter = filterParams<EntityFilter>(params, FILTER_KEYS);
  if (fixedTownshipId) filter.townshipId = fixedTownshipId;
  return filter;
}

const cell = exportCells<Row>();

export const EXPORT_COLUMNS: ExportColumn<Row>[] = [
  { title: '名称', value: 'name', width: 36 },
  { title: '统一社会信用代码', value: 'creditCode', width: 22 },
  { title: '类别', value: cell.label('category', CATEGORY), width: 14 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 14 },
  { title: '风险等级', value: (row) => labelOf(GRADE, row.riskGrade, '未评级'), width: 10 },
  { title: '状态', value: cell.label('status', STATUS), width: 8 },
  { title: '地址', value: 'address', width: 40 },
  { title: '法定代表人', value: 'legalRepresentative', width: 12 },
  { title: '联系电话', value: (row: Row) => row.phone ?? '', width: 16 },
];

/** The register: search and filters in the URL, server-side pages, export of the whole filtered list. */
export function EntityRegister({ fixedTownshipId }: { fixedTownshipId?: string }) {
  const t = useT();
  const list = useListPage({
    query: EntityRegisterQueryDocument,
    filter: (params) => filterFromParams(params, fixedTownshipId),
    pick: (data) => data.entities,
  });
  const column = tableCells<Row>();
  const columns: TableColumnsType<Row> = [
    { title: '名称', ...column.link('name', (row) => `/${row.id}`) },
    { title: '统一社会信用代码', dataIndex: 'creditCode' },
    { title: '类别', dataIndex: 'category', render: (value: EntityCategory) => labelOf(CATEGORY, value) },
    { title: '乡镇(街道)', ...column.name('township') },
    {
      title: '风险等级',
      dataIndex: 'riskGrade',
      render: (value: RiskGrade | null) => <StatusTag value={value} map={GRADE} empty="未评级" />,
    },
    { title: '状态', ...column.tag('status', STATUS) },
    { title: '法定代表人', dataIndex: 'legalRepresentative' },
  ];

  return (
    <ListTable
      aria-label={t('主体名录')}
      list={list}
      columns={columns}
      exportAs={{ columns: EXPORT_COLUMNS }}
      filters={
        <>
          <SearchFilter list={list} placeholder="搜索名称、统一社会信用代码或地址" width={300} />
          {!fixedTownshipId && <TownshipFilter list={list} width={160} />}
          <SelectFilter list={list} name="category" label="类别" labels={CATEGORY} width={150} />
          <SelectFilter list={list} name="riskGrade" label="风险等级" labels={GRADE} width={120} />
          <SelectFilter list={list} name="status" label="状态" labels={STATUS} width={110} />
        </>
      }
      actions={<NewRecordButton>{t('新增主体')}</NewRecordButton>}
    />
  );
}
