import { PageHeader, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import {
  exportCells,
  FiguresCard,
  figuresOf,
  ListTable,
  NewRecordButton,
  tableCells,
  useListPage,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { TrainingFiguresQuery, TrainingSessionListQuery } from '../gql/graphql';
import { AUDIENCE, KIND, MODE } from '../labels';
import { signedCount } from '../sessions';

export const TrainingSessionListDocument = graphql(`
  query TrainingSessionList($filter: TrainingSessionFilter, $first: Int, $after: String) {
    trainingSessions(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...TrainingSessionFields
        attendeeCount
        kind
        officerCount
      }
    }
  }
`);

const TrainingFiguresDocument = graphql(`
  query TrainingFigures($year: Int!) {
    workReport(year: $year) {
      year
      training {
        sessions
        participants
        assessmentBatches
        resitBatches
        workshopsUpgraded
      }
    }
  }
`);

type SessionRow = NonNullable<TrainingSessionListQuery['trainingSessions']>['nodes'][number];

const FIGURES_YEAR = 2024;

const cell = exportCells<SessionRow>();

export const EXPORT_COLUMNS = [
  { title: '培训主题', value: 'title' as const, width: 40 },
  { title: '培训类别', value: cell.label('kind', KIND), width: 10 },
  { title: '培训对象', value: cell.label('audience', AUDIENCE), width: 14 },
  { title: '培训日期', value: 'heldOn' as const, width: 12 },
  { title: '授课人', value: 'trainer' as const, width: 10 },
  { title: '方式', value: cell.label('mode', MODE), width: 8 },
  { title: '地点', value: (row: SessionRow) => row.place ?? '', width: 30 },
  { title: '学时', value: 'hours' as const, width: 6 },
  { title: '签到人数', value: signedCount, width: 10 },
];

/** The year's figures, counted by the subgraph from records (the work report's training part). */
const trainingFigures = figuresOf((data: TrainingFiguresQuery | undefined) => data?.workReport?.training, {
  sessions: '从业人员培训(次)',
  participants: '覆盖从业人员(人)',
  assessmentBatches: '考核(批次)',
  resitBatches: '其中补考(批次)',
  workshopsUpgraded: '小作坊提档升级(家)',
});

/** 培训: the year's figures and the sessions, filtered in the URL, exported whole. */
export function SessionsPage() {
  const list = useListPage({
    query: TrainingSessionListDocument,
    filters: [
      { search: '搜索主题、授课人或地点', width: 260 },
      { year: true },
      { name: 'kind', label: '培训类别', labels: KIND, width: 120 },
      { name: 'audience', label: '培训对象', labels: AUDIENCE, width: 150 },
      { name: 'mode', label: '方式', labels: MODE, width: 100 },
    ],
    pick: (data) => data.trainingSessions,
  });
  const t = useT();

  const column = tableCells<SessionRow>();

  const columns: TableColumnsType<SessionRow> = [
    { title: '培训主题', ...column.link('title', (row) => `/sessions/${row.id}`) },
    { title: '培训对象', ...column.tag('audience', AUDIENCE) },
    { title: '培训日期', ...column.date('heldOn') },
    { title: '授课人', dataIndex: 'trainer' },
    { title: '方式', ...column.tag('mode', MODE) },
    { title: '地点', dataIndex: 'place', render: (value: string | null) => value ?? '—' },
    { title: '签到人数', key: 'signed', render: (_, row) => signedCount(row) },
  ];

  return (
    <>
      <PageHeader title="培训" subTitle="分类分批组织的食品生产经营主体培训与执法人员专业化规范化培训" />
      <FiguresCard
        title="{{year}}年培训考核"
        query={TrainingFiguresDocument}
        figures={trainingFigures}
        initialYear={FIGURES_YEAR}
      />
      <ListTable
        aria-label={t('培训列表')}
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS, filename: '培训' }}
        actions={<NewRecordButton>{t('新增培训')}</NewRecordButton>}
      />
    </>
  );
}
