import { labelOf, PageHeader, useT, t } from '@shian/ui-kit';
import { Flex, Form, type TableColumnsType } from '@shian/antd';
import dayjs from 'dayjs';
import { useNavigate } from '@shian/router';
import { ReportClockTag } from '../components/incident';
import { ReportRules } from '../components/ReportRules';
import { FORMER_KEYS, townshipYear } from '../components/filters';
import {
  ChoiceField,
  CountField,
  EntityPicker,
  exportCells,
  formatDateTime,
  type FormValuesOf,
  ListTable,
  momentNotBefore,
  NewRecordDialog,
  PastMomentField,
  tableCells,
  TextField,
  useIsPartner,
  useModulePath,
  useListPage,
} from '@shian/remote-kit';
import { DepartmentSelect, TownshipSelect } from '../components/pickers';
import { graphql } from '../gql';
import type { IncidentInput, IncidentKind, IncidentListQuery } from '../gql/graphql';
import { departmentNames, INCIDENT_KIND, INCIDENT_LEVEL, INCIDENT_STEP } from '../labels';

export const IncidentListDocument = graphql(`
  query IncidentList($filter: IncidentFilter, $first: Int, $after: String) {
    incidents(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        code
        title
        kind
        level
        occurredAt
        place
        affected
        reportedAt
        currentStep
        responseDepartments
        township {
          ...TownshipRef
        }
        entity {
          ...EntityRef
        }
        reportClock {
          ...ReportClockFields
        }
      }
    }
  }
`);

const ReportIncidentMutation = graphql(`
  mutation ReportIncident($input: IncidentInput!) {
    reportIncident(input: $input) {
      id
    }
  }
`);

type Row = IncidentListQuery['incidents']['nodes'][number];

const reportText = (r: Row) =>
  r.reportClock.reportedAt
    ? r.reportClock.missed
      ? t('已超时')
      : t('按时')
    : r.reportClock.missed
      ? t('已超时(未报告)')
      : t('待报告');

const cell = exportCells<Row>();
const column = tableCells<Row>();

const EXPORT_COLUMNS = [
  { title: '编号', value: 'code' as const, width: 14 },
  { title: '事件名称', value: 'title' as const, width: 36 },
  { title: '类型', value: cell.label('kind', INCIDENT_KIND), width: 12 },
  { title: '级别', value: cell.label('level', INCIDENT_LEVEL), width: 14 },
  { title: '发生时间', value: cell.dateTime('occurredAt'), width: 18 },
  { title: '地点', value: 'place' as const, width: 30 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 14 },
  { title: '涉事主体', value: cell.name('entity'), width: 28 },
  { title: '涉及人数', value: 'affected' as const, width: 10 },
  { title: '当前环节', value: cell.label('currentStep', INCIDENT_STEP), width: 10 },
  { title: '报告时限', value: cell.dateTime((r) => r.reportClock.deadline), width: 18 },
  { title: '报告时间', value: cell.dateTime((r) => r.reportClock.reportedAt, '—'), width: 18 },
  { title: '报告情况', value: reportText, width: 14 },
  {
    title: '响应部门',
    value: (r: Row) => departmentNames(r.responseDepartments),
    width: 30,
  },
];

type Values = FormValuesOf<IncidentInput, 'occurredAt' | 'receivedAt'>;

/** 接报: the incident as received; its reporting clock starts from here. */
function ReportIncidentButton() {
  const t = useT();
  const navigate = useNavigate();
  const to = useModulePath();
  return (
    <NewRecordDialog
      label="接报登记"
      title="突发事件接报登记"
      width={720}
      initialValues={{ occurredAt: dayjs(), receivedAt: dayjs(), affected: 0, responseDepartments: [] }}
      success="事件已登记,报告时限开始计时"
      mutation={ReportIncidentMutation}
      variables={(v: Values) => ({
        input: {
          title: v.title.trim(),
          kind: v.kind,
          level: v.level,
          occurredAt: v.occurredAt.toISOString(),
          receivedAt: v.receivedAt?.toISOString(),
          place: v.place.trim(),
          entityId: v.entityId ?? null,
          townshipId: v.townshipId,
          affected: v.affected,
          responseDepartments: v.responseDepartments ?? [],
        },
      })}
      onDone={(answer) => {
        if (answer?.data) navigate(to(`/incidents/${answer.data.reportIncident.id}`));
      }}
    >
      <TextField
        label="事件名称"
        name="title"
        required="请填写事件名称"
        placeholder="如:某村集体聚餐疑似食物中毒事件"
      />
      <ChoiceField label="事件类型" name="kind" labels={INCIDENT_KIND} required="请选择事件类型" />
      <ChoiceField label="事件级别" name="level" labels={INCIDENT_LEVEL} required="请选择事件级别" />
      <PastMomentField label="发生时间" name="occurredAt" required="请选择发生时间" future="发生时间不能晚于现在" />
      <PastMomentField
        label="接报时间"
        name="receivedAt"
        extra={t('报告时限自接报时间起算')}
        required="请选择接报时间"
        future="接报时间不能晚于现在"
        dependencies={['occurredAt']}
        rules={[momentNotBefore('occurredAt', t('接报时间不能早于发生时间'))]}
      />
      <TextField label="地点" name="place" required="请填写地点" />
      <Form.Item label={t('乡镇(街道)')} name="townshipId" rules={[{ required: true, message: t('请选择乡镇(街道)') }]}>
        <TownshipSelect />
      </Form.Item>
      <Form.Item label={t('涉事主体(如有)')} name="entityId">
        <EntityPicker aria-label="涉事主体" />
      </Form.Item>
      <CountField label="涉及人数" name="affected" required="请填写涉及人数" />
      <Form.Item label={t('响应部门')} name="responseDepartments">
        <DepartmentSelect multiple aria-label="响应部门" />
      </Form.Item>
    </NewRecordDialog>
  );
}

/** 突发事件: each with its level, current step and reporting clock (已超时 / 按时). */
export function IncidentsPage() {
  const t = useT();
  const list = useListPage({
    query: IncidentListDocument,
    formerKeys: FORMER_KEYS,
    filters: [
      { search: '搜索事件名称、地点或编号' },
      ...townshipYear(),
      { name: 'level', label: '级别', labels: INCIDENT_LEVEL },
      { name: 'kind', label: '类型', labels: INCIDENT_KIND, width: 130 },
      { name: 'currentStep', label: '当前环节', labels: INCIDENT_STEP, width: 120 },
    ],
    pick: (d) => d.incidents,
  });
  const partner = useIsPartner();
  const columns: TableColumnsType<Row> = [
    { title: '编号', dataIndex: 'code' },
    { title: '事件名称', ...column.link('title', (r) => `/incidents/${r.id}`) },
    { title: '类型', dataIndex: 'kind', render: (k: IncidentKind) => labelOf(INCIDENT_KIND, k) },
    { title: '级别', ...column.tag('level', INCIDENT_LEVEL) },
    { title: '发生时间', ...column.dateTime('occurredAt') },
    { title: '乡镇(街道)', ...column.name('township') },
    { title: '涉及人数', dataIndex: 'affected' },
    { title: '当前环节', ...column.tag('currentStep', INCIDENT_STEP) },
    {
      title: '报告时限',
      key: 'clock',
      render: (_, r) => (
        <Flex vertical>
          <ReportClockTag clock={r.reportClock} />
          <span>
            {t('{{hours}} 小时内,截止 {{deadline}}', {
              hours: r.reportClock.hoursAllowed,
              deadline: formatDateTime(r.reportClock.deadline),
            })}
          </span>
        </Flex>
      ),
    },
  ];
  return (
    <>
      <PageHeader title="突发事件" subTitle="接报、核实、启动响应、控制、调查、终止;超过报告时限的标红" />
      <ListTable
        list={list}
        aria-label={t('突发事件')}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS }}
        actions={<ReportIncidentButton />}
      />
      {!partner && <ReportRules />}
    </>
  );
}
