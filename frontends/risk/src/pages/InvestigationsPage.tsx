import { labelOf, PageHeader, StatusTag, useT, t } from '@shian/ui-kit';
import { Card, DatePicker, Descriptions, Flex, Form, Progress, type TableColumnsType, Typography } from '@shian/antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams, useSearchParams } from '@shian/router';
import { caseText, type HazardRow, hazardColumns, RecordHazardButton } from '../components/hazard';
import { FORMER_KEYS, townshipYear } from '../components/filters';
import {
  atLeastOne,
  exportCells,
  ListTable,
  localDate,
  ModuleLink,
  MutationButton,
  names,
  NewRecordDialog,
  RecordHeader,
  tableCells,
  TextField,
  useCanWrite,
  useListPage,
  useModulePath,
  useRecord,
} from '@shian/remote-kit';
import { TownshipSelect } from '../components/pickers';
import { graphql } from '../gql';
import type { HazardInvestigationInput, HazardInvestigationListQuery, InvestigationStatus } from '../gql/graphql';
import { HAZARD_STATUS, INVESTIGATION_STATUS } from '../labels';

/** A round as its list row and its own page show it. */
export const InvestigationRoundFragment = graphql(`
  fragment InvestigationRound on HazardInvestigation {
    id
    code
    theme
    startDate
    endDate
    status
    hazardCount
    rectifiedCount
    townships {
      ...TownshipRef
    }
  }
`);

export const InvestigationListQuery = graphql(`
  query HazardInvestigationList($filter: HazardInvestigationFilter, $first: Int, $after: String) {
    hazardInvestigations(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...InvestigationRound
      }
    }
  }
`);

export const HazardListQuery = graphql(`
  query HazardList($filter: HazardFilter, $first: Int, $after: String) {
    hazards(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...HazardRow
      }
    }
  }
`);

const SetInvestigationStatusMutation = graphql(`
  mutation SetHazardInvestigationStatus($id: ID!, $version: Int!, $status: InvestigationStatus!) {
    setHazardInvestigationStatus(id: $id, version: $version, status: $status) {
      id
      status
      version
    }
  }
`);

const CreateInvestigationMutation = graphql(`
  mutation CreateHazardInvestigation($input: HazardInvestigationInput!) {
    createHazardInvestigation(input: $input) {
      id
    }
  }
`);

type Row = HazardInvestigationListQuery['hazardInvestigations']['nodes'][number];

const EXPORT_COLUMNS = [
  { title: '编号', value: 'code' as const, width: 14 },
  { title: '排查主题', value: 'theme' as const, width: 40 },
  { title: '乡镇(街道)', value: (r: Row) => names(r.townships), width: 30 },
  { title: '开始日期', value: 'startDate' as const, width: 12 },
  { title: '结束日期', value: 'endDate' as const, width: 12 },
  { title: '状态', value: (r: Row) => labelOf(INVESTIGATION_STATUS, r.status), width: 10 },
  { title: '发现隐患', value: 'hazardCount' as const, width: 10 },
  { title: '已整改', value: 'rectifiedCount' as const, width: 10 },
];

const column = tableCells<Row>();

const hazardCell = exportCells<HazardRow>();

export const HAZARD_EXPORT_COLUMNS = [
  { title: '编号', value: 'code' as const, width: 14 },
  { title: '排查', value: (h: HazardRow) => h.investigation.theme, width: 30 },
  { title: '主体', value: (h: HazardRow) => h.entity?.name ?? h.entity?.id ?? '', width: 28 },
  { title: '乡镇(街道)', value: hazardCell.name('township'), width: 14 },
  { title: '隐患描述', value: 'description' as const, width: 44 },
  { title: '发现日期', value: 'foundOn' as const, width: 12 },
  { title: '整改期限', value: 'rectifyBy' as const, width: 12 },
  { title: '状态', value: hazardCell.label('status', HAZARD_STATUS), width: 8 },
  { title: '逾期未整改', value: (h: HazardRow) => (h.overdue ? t('是') : ''), width: 10 },
  { title: '整改日期', value: (h: HazardRow) => h.rectifiedOn ?? '', width: 12 },
  { title: '整改情况', value: (h: HazardRow) => h.rectifiedNote ?? '', width: 30 },
  { title: '复核人', value: (h: HazardRow) => h.verifiedBy ?? '', width: 10 },
  { title: '复核日期', value: (h: HazardRow) => h.verifiedOn ?? '', width: 12 },
  { title: '所属风险', value: (h: HazardRow) => (h.risk ? `${h.risk.code} ${h.risk.title}` : ''), width: 30 },
  { title: '关联案件', value: caseText, width: 26 },
];

/** The input with its two days picked as one period. */
type InvestigationValues = Omit<HazardInvestigationInput, 'startDate' | 'endDate'> & { period: [Dayjs, Dayjs] };

function NewInvestigationButton({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const to = useModulePath();
  return (
    <NewRecordDialog
      label="新建排查"
      title="新建隐患排查"
      success="排查已建立"
      mutation={CreateInvestigationMutation}
      variables={(v: InvestigationValues) => ({
        input: {
          theme: v.theme.trim(),
          townshipIds: v.townshipIds,
          startDate: localDate(v.period[0]),
          endDate: localDate(v.period[1]),
        },
      })}
      onDone={(answer) => {
        if (answer?.data) navigate(to(`/investigations/${answer.data.createHazardInvestigation.id}`));
        onDone?.();
      }}
    >
      <TextField
        label="排查主题"
        name="theme"
        required="请填写排查主题"
        placeholder="如:2025年校园及周边食品安全隐患排查"
      />
      <Form.Item label={t('乡镇(街道)')} name="townshipIds" rules={atLeastOne(t('请至少选择一个乡镇(街道)'))}>
        <TownshipSelect multiple />
      </Form.Item>
      <Form.Item label={t('排查期间')} name="period" rules={[{ required: true, message: t('请选择排查期间') }]}>
        <DatePicker.RangePicker aria-label="排查期间" style={{ width: '100%' }} />
      </Form.Item>
    </NewRecordDialog>
  );
}

/** 隐患排查: the rounds (with hazards found and rectified), and every hazard across them. */
export function InvestigationsPage() {
  const t = useT();
  const [params] = useSearchParams();
  const view = params.get('view') === 'hazards' ? 'hazards' : 'rounds';
  const tabs = (
    <Flex gap={16} style={{ marginBottom: 8 }}>
      {view === 'rounds' ? (
        <Typography.Text strong>{t('排查轮次')}</Typography.Text>
      ) : (
        <ModuleLink to="/investigations">{t('排查轮次')}</ModuleLink>
      )}
      {view === 'hazards' ? (
        <Typography.Text strong>{t('全部隐患')}</Typography.Text>
      ) : (
        <ModuleLink to="/investigations?view=hazards">{t('全部隐患')}</ModuleLink>
      )}
    </Flex>
  );

  return view === 'hazards' ? <HazardsView tabs={tabs} /> : <RoundsView tabs={tabs} />;
}

function RoundsView({ tabs }: { tabs: React.ReactNode }) {
  const t = useT();
  const list = useListPage({
    query: InvestigationListQuery,
    formerKeys: FORMER_KEYS,
    filters: [
      { search: '搜索排查主题或编号' },
      ...townshipYear(),
      { name: 'status', label: '状态', labels: INVESTIGATION_STATUS, width: 110 },
    ],
    pick: (d) => d.hazardInvestigations,
  });
  const columns: TableColumnsType<Row> = [
    { title: '编号', dataIndex: 'code' },
    { title: '排查主题', ...column.link('theme', (r) => `/investigations/${r.id}`) },
    { title: '乡镇(街道)', key: 'townships', render: (_, r) => names(r.townships) },
    {
      title: '排查期间',
      key: 'period',
      render: (_, r) => t('{{start}} 至 {{end}}', { start: r.startDate, end: r.endDate }),
    },
    { title: '状态', ...column.tag('status', INVESTIGATION_STATUS) },
    {
      title: '整改进度',
      key: 'progress',
      render: (_, r) => (
        <Flex gap={8} align="center">
          <Progress
            percent={r.hazardCount ? Math.round((r.rectifiedCount / r.hazardCount) * 100) : 0}
            size="small"
            style={{ width: 100 }}
            showInfo={false}
          />
          {r.rectifiedCount} / {r.hazardCount}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <PageHeader title="隐患排查" subTitle="排查轮次、发现的隐患及其整改、复核" />
      {tabs}
      <ListTable
        list={list}
        aria-label={t('隐患排查')}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS }}
        actions={<NewInvestigationButton onDone={list.reload} />}
      />
    </>
  );
}

/**
 * Hazards, of one round or (without `investigationId`) of every round, which a year narrows: one round's hazards are
 * of its year. `overdue=1` for 只看逾期未整改.
 */
function useHazardList(investigationId?: string) {
  return useListPage({
    query: HazardListQuery,
    formerKeys: FORMER_KEYS,
    filters: [
      { search: '搜索隐患描述或编号' },
      ...townshipYear(!investigationId),
      { name: 'status', label: '状态', labels: HAZARD_STATUS, width: 110 },
      { flag: 'overdue', label: '只看逾期未整改' },
    ],
    variables: (filter) => ({ filter: { ...filter, investigationId } }),
    pick: (d) => d.hazards,
  });
}

function HazardsView({ tabs }: { tabs: React.ReactNode }) {
  const t = useT();
  const list = useHazardList();
  const canWrite = useCanWrite();
  return (
    <>
      <PageHeader title="隐患排查" subTitle="排查发现的全部隐患,超过整改期限未整改的标红" />
      {tabs}
      <ListTable
        list={list}
        aria-label={t('隐患')}
        columns={hazardColumns(canWrite, list.reload) as TableColumnsType<HazardRow>}
        exportAs={{ columns: HAZARD_EXPORT_COLUMNS }}
      />
    </>
  );
}

const InvestigationDetailQuery = graphql(`
  query HazardInvestigationDetail($id: ID!) {
    hazardInvestigation(id: $id) {
      ...InvestigationRound
      version
    }
  }
`);

/** One round: its record and its hazards (paged on the server), where hazards are recorded and followed up. */
export function InvestigationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const list = useHazardList(id);
  const canWrite = useCanWrite();
  const view = useRecord({
    query: InvestigationDetailQuery,
    pick: (d) => d.hazardInvestigation,
    missing: '未找到该排查,可能无权查看',
  });
  const round = view.record;
  if (!round) return view.fallback;
  return (
    <>
      <RecordHeader
        view={view}
        title={round.theme}
        back="/investigations"
        extra={canWrite && <RoundStatusButton round={round} onDone={view.reload} />}
      >
        <StatusTag value={round.status} map={INVESTIGATION_STATUS} />
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('编号')}>{round.code}</Descriptions.Item>
          <Descriptions.Item label={t('排查期间')}>
            {t('{{start}} 至 {{end}}', { start: round.startDate, end: round.endDate })}
          </Descriptions.Item>
          <Descriptions.Item label={t('乡镇(街道)')}>{names(round.townships)}</Descriptions.Item>
          <Descriptions.Item label={t('发现隐患')}>{round.hazardCount}</Descriptions.Item>
          <Descriptions.Item label={t('已整改')}>{round.rectifiedCount}</Descriptions.Item>
        </Descriptions>
      </Card>
      <ListTable
        list={list}
        aria-label={t('{{code}}隐患', { code: round.code })}
        columns={hazardColumns(canWrite, list.reload) as TableColumnsType<HazardRow>}
        exportAs={{ columns: HAZARD_EXPORT_COLUMNS }}
        actions={
          <RecordHazardButton
            investigationId={round.id}
            onDone={() => {
              list.reload();
              view.reload();
            }}
          />
        }
      />
    </>
  );
}

const NEXT_STATUS: Partial<Record<InvestigationStatus, InvestigationStatus>> = {
  PLANNED: 'ONGOING',
  ONGOING: 'FINISHED',
};

/** 开始排查 / 结束排查: a round moves forward only (计划中 → 排查中 → 已结束). */
function RoundStatusButton({
  round,
  onDone,
}: {
  round: { id: string; version: number; status: InvestigationStatus };
  onDone: () => void;
}) {
  const t = useT();
  const next = NEXT_STATUS[round.status];
  if (!next) return null;
  const starting = next === 'ONGOING';
  const label = starting ? t('开始排查') : t('结束排查');
  return (
    <MutationButton
      mutation={SetInvestigationStatusMutation}
      variables={() => ({ id: round.id, version: round.version, status: next })}
      success={starting ? '已开始排查' : '已结束排查'}
      confirm={{ title: starting ? t('确认开始排查?') : t('确认结束排查?'), okText: label }}
      onDone={onDone}
    >
      {label}
    </MutationButton>
  );
}
