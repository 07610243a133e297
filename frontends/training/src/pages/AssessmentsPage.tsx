import { PageHeader, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { businessColumns, businessExportColumns } from '../components/businessColumns';
import { RecordAssessmentButton } from '../components/RecordAssessmentButton';
import { exportCells, ListTable, tableCells, useCanWrite, useListPage } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { TrainingAssessmentListQuery } from '../gql/graphql';
import { RESIT } from '../labels';

export const TrainingAssessmentListDocument = graphql(`
  query TrainingAssessmentList($filter: TrainingAssessmentFilter, $first: Int, $after: String) {
    trainingAssessments(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        assessedOn
        assessed
        passed
        failed
        outstanding
        isResit
        examiner
        entity {
          ...EntityRef
        }
        township {
          ...TownshipRef
        }
        session {
          id
          title
        }
      }
    }
  }
`);

type Row = NonNullable<TrainingAssessmentListQuery['trainingAssessments']>['nodes'][number];

/** A batch's kind as RESIT names it: a re-sit or a first sitting. */
const batchKind = (row: Row) => (row.isResit ? 'true' : 'false');

const cell = exportCells<Row>();

const EXPORT_COLUMNS = [
  { title: '考核日期', value: 'assessedOn' as const, width: 12 },
  ...businessExportColumns<Row>({ entity: '受考主体', width: 34 }),
  { title: '类型', value: cell.label(batchKind, RESIT), width: 10 },
  { title: '参考人数', value: 'assessed' as const, width: 10 },
  { title: '合格人数', value: 'passed' as const, width: 10 },
  { title: '不合格人数', value: 'failed' as const, width: 10 },
  { title: '考核人', value: 'examiner' as const, width: 10 },
  { title: '对应培训', value: (row: Row) => row.session?.title ?? '', width: 36 },
];

/** 考核: assessment batches, re-sits among them; a batch with people still outstanding offers 补考. */
export function AssessmentsPage() {
  const list = useListPage({
    query: TrainingAssessmentListDocument,
    filters: [
      { year: true },
      // 类型 chooses between two kinds, re-sits (`true`) and first sittings (`false`): no flag that is only ever on.
      { name: 'resit', label: '类型', labels: RESIT, width: 120, boolean: true },
    ],
    pick: (data) => data.trainingAssessments,
  });
  const reload = list.reload;
  const canWrite = useCanWrite();
  const t = useT();

  const column = tableCells<Row>();

  const columns: TableColumnsType<Row> = [
    { title: '考核日期', ...column.date('assessedOn') },
    ...businessColumns<Row>({ entity: '受考主体' }),
    { title: '类型', ...column.tag(batchKind, RESIT) },
    { title: '参考', dataIndex: 'assessed' },
    // Contexts: 合格/不合格 elsewhere are a sample's verdict (Compliant), here people who passed an assessment.
    { title: t('合格', { context: 'people' }), dataIndex: 'passed' },
    { title: t('不合格', { context: 'people' }), dataIndex: 'failed' },
    { title: '尚未通过', dataIndex: 'outstanding', render: (n: number, row) => (row.isResit ? '—' : n) },
    { title: '考核人', dataIndex: 'examiner' },
    ...column.actions(
      (row) =>
        // A resit names the business and its township: not offered while the register does not answer.
        !row.isResit && row.outstanding > 0 && row.entity && row.township ? (
          <RecordAssessmentButton
            resitOf={{
              id: row.id,
              entity: { id: row.entity.id, name: row.entity.name ?? row.entity.id, townshipId: row.township.id },
              assessedOn: row.assessedOn,
              outstanding: row.outstanding,
            }}
            onRecorded={reload}
          />
        ) : null,
      { when: canWrite },
    ),
  ];

  return (
    <>
      <PageHeader title="考核" subTitle="从业人员食品安全知识考核批次(含补考)" />
      <ListTable
        aria-label={t('考核批次')}
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS }}
        actions={<RecordAssessmentButton onRecorded={reload} />}
      />
    </>
  );
}
