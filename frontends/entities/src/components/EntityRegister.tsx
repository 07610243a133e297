import type { TableColumnsType } from '@shian/antd';
import { exportCells, ListTable, NewRecordButton, tableCells, useListPage } from '@shian/remote-kit';
import { type ExportColumn, labelOf, StatusTag, useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { EntityRegisterQuery, RiskGrade } from '../gql/graphql';
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

/**
 * The register: search and filters in the URL (`?search=…&riskGrade=B`, so going back keeps them), server-side pages,
 * export of the whole filtered list. A township's page fixes its township: no choice of one, whatever the URL says.
 */
export function EntityRegister({ fixedTownshipId }: { fixedTownshipId?: string }) {
  const t = useT();
  const list = useListPage({
    query: EntityRegisterQueryDocument,
    filters: [
      { search: '搜索名称、统一社会信用代码或地址', width: 300 },
      ...(fixedTownshipId ? [] : [{ township: true, width: 160 } as const]),
      { name: 'category', label: '类别', labels: CATEGORY, width: 150 },
      { name: 'riskGrade', label: '风险等级', labels: GRADE, width: 120 },
      { name: 'status', label: '状态', labels: STATUS, width: 110 },
    ],
    variables: (filter) => ({ filter: fixedTownshipId ? { ...filter, townshipId: fixedTownshipId } : filter }),
    pick: (data) => data.entities,
  });
  const column = tableCells<Row>();
  const columns: TableColumnsType<Row> = [
    { title: '名称', ...column.link('name', (row) => `/${row.id}`) },
    { title: '统一社会信用代码', dataIndex: 'creditCode' },
    { title: '类别', ...column.label('category', CATEGORY) },
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
      actions={<NewRecordButton>{t('新增主体')}</NewRecordButton>}
    />
  );
}
