import { optionsOf, PageHeader, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { exportCells, ListTable, tableCells, useListPage } from '@shian/remote-kit';
import { businessColumns, businessExportColumns } from '../components/businessColumns';
import { RecordUpgradeButton } from '../components/RecordUpgradeButton';
import { graphql } from '../gql';
import type { WorkshopUpgradeListQuery } from '../gql/graphql';
import { LEVEL } from '../labels';

export const WorkshopUpgradeListDocument = graphql(`
  query WorkshopUpgradeList($filter: WorkshopUpgradeFilter, $first: Int, $after: String) {
    workshopUpgrades(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        fromLevel
        toLevel
        acceptedOn
        acceptedBy
        improvements
        entity {
          ...EntityRef
        }
        township {
          ...TownshipRef
        }
      }
    }
  }
`);

type Row = NonNullable<WorkshopUpgradeListQuery['workshopUpgrades']>['nodes'][number];

const cell = exportCells<Row>();

const EXPORT_COLUMNS = [
  { title: '验收日期', value: 'acceptedOn' as const, width: 12 },
  ...businessExportColumns<Row>({ entity: '小作坊', width: 30 }),
  { title: '原等级', value: cell.label('fromLevel', LEVEL), width: 10 },
  { title: '提升后等级', value: cell.label('toLevel', LEVEL), width: 10 },
  { title: '验收人', value: 'acceptedBy' as const, width: 14 },
  { title: '整改提升内容', value: 'improvements' as const, width: 40 },
];

/** Nothing is upgraded to the bottom of the ladder. */
const TO_LEVEL_OPTIONS = optionsOf(LEVEL).filter((o) => o.value !== 'BASIC');

/** 小作坊提档升级: workshops accepted at a higher level, filterable by year and level, exported whole. */
export function UpgradesPage() {
  const list = useListPage({
    query: WorkshopUpgradeListDocument,
    filters: [{ year: true }, { name: 'toLevel', label: '提升后等级', options: TO_LEVEL_OPTIONS, width: 130 }],
    pick: (data) => data.workshopUpgrades,
  });
  const t = useT();

  const column = tableCells<Row>();

  const columns: TableColumnsType<Row> = [
    { title: '验收日期', ...column.date('acceptedOn') },
    ...businessColumns<Row>({ entity: '小作坊' }),
    { title: '原等级', ...column.tag('fromLevel', LEVEL) },
    { title: '提升后等级', ...column.tag('toLevel', LEVEL) },
    { title: '验收人', dataIndex: 'acceptedBy' },
    { title: '整改提升内容', dataIndex: 'improvements' },
  ];

  return (
    <>
      <PageHeader title="小作坊提档升级" subTitle="验收通过的小作坊等级提升记录" />
      <ListTable
        aria-label={t('提档升级记录')}
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS, filename: '小作坊提档升级' }}
        actions={<RecordUpgradeButton onRecorded={list.reload} />}
      />
    </>
  );
}
