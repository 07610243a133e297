import { PageHeader, t, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { ClockTag } from '../components/Clocks';
import {
  exportCells,
  formatDate,
  ListTable,
  SelectFilter,
  tableCells,
  useCanWrite,
  useListPage,
} from '@shian/remote-kit';
import { SeizedItemActions } from '../components/SeizedItemActions';
import { graphql } from '../gql';
import type { SeizedItemFilter, SeizedItemListQuery, SeizedItemStatus } from '../gql/graphql';
import { SEIZED_STATUS, SEIZURE_KIND } from '../labels';

const SeizedItemListDocument = graphql(`
  query SeizedItemList($filter: SeizedItemFilter, $first: Int, $after: String) {
    seizedItems(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...SeizedItemFields
        case {
          id
          title
        }
      }
    }
  }
`);

type Row = NonNullable<SeizedItemListQuery['seizedItems']>['nodes'][number];

/** Before the statuses: what is still held (the page's first view, no `status` in the address), and everything. */
const SCOPES = [
  { value: 'held', label: '查封扣押中' },
  { value: 'all', label: '全部' },
];

/**
 * The address's `status`: none is what is still held (the page's first view), `all` everything, else one status.
 */
const filterOf = (params: URLSearchParams): SeizedItemFilter => {
  const status = params.get('status');
  if (!status) return { held: true };
  return status === 'all' ? {} : { status: status as SeizedItemStatus };
};

const cell = exportCells<Row>();
const column = tableCells<Row>();

export const EXPORT_COLUMNS = [
  { title: '物品', value: 'name' as const, width: 24 },
  { title: '数量', value: 'quantity' as const, width: 8 },
  { title: '单位', value: 'unit' as const, width: 8 },
  { title: '措施', value: cell.label('measure', SEIZURE_KIND), width: 8 },
  { title: '查封扣押日期', value: cell.date('seizedOn'), width: 14 },
  { title: '状态', value: cell.label('status', SEIZED_STATUS), width: 10 },
  { title: '保管人(单位)', value: 'custodian' as const, width: 24 },
  { title: '存放地点', value: 'location' as const, width: 24 },
  {
    title: '期限',
    value: (row: Row) => (row.releasedOn || !row.clock.deadline ? '' : formatDate(row.clock.deadline)),
    width: 12,
  },
  { title: '已延长', value: (row: Row) => (row.extended ? t('是') : ''), width: 8 },
  { title: '解除日期', value: cell.date('releasedOn'), width: 12 },
  { title: '案件', value: (row: Row) => row.case.title, width: 40 },
];

/** 涉案财物: what is held, by whom and where, until when, and what became of it. */
export function SeizedItemsPage() {
  const t = useT();
  const list = useListPage({ query: SeizedItemListDocument, filter: filterOf, pick: (data) => data.seizedItems });
  const canWrite = useCanWrite();
  const columns: TableColumnsType<Row> = [
    { title: '物品', dataIndex: 'name' },
    {
      title: '数量',
      key: 'q',
      render: (_, row) => `${row.quantity} ${row.unit}`,
    },
    {
      title: '案件',
      key: 'case',
      ...column.link(
        (row) => row.case.title,
        (row) => `/cases/${row.case.id}`,
      ),
    },
    { title: '查封扣押日期', dataIndex: 'seizedOn' },
    { title: '状态', ...column.tag('status', SEIZED_STATUS) },
    { title: '保管', key: 'custody', render: (_, row) => `${row.custodian} · ${row.location}` },
    {
      title: '期限',
      key: 'clock',
      render: (_, row) =>
        row.releasedOn ? t('已于{{date}}解除', { date: row.releasedOn }) : <ClockTag clock={row.clock} />,
    },
    ...column.actions((row) => <SeizedItemActions item={row} onChanged={list.reload} />, { when: canWrite }),
  ];
  return (
    <>
      <PageHeader title="涉案财物" subTitle="查封、扣押期限30日,经批准延长30日;退还、没收、销毁或随案移交" />
      <ListTable
        aria-label="涉案财物"
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS }}
        filters={
          <SelectFilter
            list={list}
            name="status"
            label="范围"
            labels={SEIZED_STATUS}
            scopes={{ before: SCOPES, unset: 'held' }}
            width={150}
          />
        }
      />
    </>
  );
}
