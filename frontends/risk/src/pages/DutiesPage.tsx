import { labelOf, PageHeader, useT, t } from '@shian/ui-kit';
import { Flex, type TableColumnsType, Typography } from '@shian/antd';
import {
  CompleteDutyButton,
  DutyClock,
  EditDutyButton,
  NewDutyButton,
  OverdueTag,
  ownerText,
  remainingText,
} from '../components/duty';
import { FORMER_KEYS, townshipYear } from '../components/filters';
import {
  exportCells,
  formatDate,
  ListTable,
  ModuleLink,
  tableCells,
  useCanWrite,
  useListPage,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { DutyListQuery } from '../gql/graphql';
import { CLOCK_STATUS, DUTY_FREQUENCY, DUTY_OWNER_KIND, DUTY_STATUS } from '../labels';

export const DutyListDocument = graphql(`
  query DutyList($filter: DutyFilter, $first: Int, $after: String) {
    duties(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...DutyItem
        basis
        frequency
        completedAt
        risk {
          ...RiskRef
        }
        consultation {
          id
          title
        }
        drill {
          id
          scenario
        }
      }
    }
  }
`);

type Row = DutyListQuery['duties']['nodes'][number];

/** Where a duty came from: its risk, a consultation's conclusion or a drill's follow-up. */
const origin = (d: Row) =>
  d.risk
    ? t('风险 {{code}}', { code: d.risk.code })
    : d.consultation
      ? t('会商:{{title}}', { title: d.consultation.title })
      : d.drill
        ? t('演练:{{scenario}}', { scenario: d.drill.scenario })
        : '';

const cell = exportCells<Row>();
const column = tableCells<Row>();

export const DUTY_EXPORT_COLUMNS = [
  { title: '编号', value: 'code' as const, width: 14 },
  { title: '责任事项', value: 'task' as const, width: 44 },
  { title: '依据', value: (d: Row) => d.basis ?? '', width: 30 },
  { title: '责任主体类型', value: cell.label('ownerKind', DUTY_OWNER_KIND), width: 12 },
  { title: '责任主体', value: (d: Row) => ownerText(d), width: 20 },
  { title: '频次', value: cell.label('frequency', DUTY_FREQUENCY), width: 8 },
  { title: '完成期限', value: (d: Row) => d.dueDate ?? '', width: 12 },
  { title: '状态', value: cell.label('status', DUTY_STATUS), width: 8 },
  {
    title: '时限状态',
    value: (d: Row) => `${labelOf(CLOCK_STATUS, d.clock.status)} ${remainingText(d.clock)}`,
    width: 18,
  },
  { title: '超期', value: (d: Row) => (d.clock.overdue ? t('是') : ''), width: 6 },
  { title: '完成日期', value: (d: Row) => d.completedAt ?? '', width: 12 },
  { title: '完成佐证', value: (d: Row) => d.evidence ?? '', width: 40 },
  { title: '来源', value: origin, width: 30 },
];

/** 责任清单: every duty with its owner and clock; overdue flagged by the shared clock engine on the server. */
export function DutiesPage() {
  const t = useT();
  const list = useListPage({
    query: DutyListDocument,
    formerKeys: FORMER_KEYS,
    filters: [
      { search: '搜索责任事项、依据或编号' },
      ...townshipYear(),
      { name: 'ownerKind', label: '责任主体类型', labels: DUTY_OWNER_KIND, width: 130 },
      { name: 'status', label: '状态', labels: DUTY_STATUS, width: 110 },
      { flag: 'overdue', label: '只看超期' },
    ],
    // `?riskId=` (`?risk=` before, a former key) narrows the list to one risk's duties, with no control of its own.
    variables: (filter, params) => ({ filter: { ...filter, riskId: params.get('riskId') ?? undefined } }),
    pick: (d) => d.duties,
  });
  const reload = list.reload;
  const canWrite = useCanWrite();

  const columns: TableColumnsType<Row> = [
    { title: '编号', dataIndex: 'code' },
    {
      title: '责任事项',
      dataIndex: 'task',
      render: (task: string, d) => (
        <Flex gap={4} align="center">
          <span>{task}</span>
          <OverdueTag overdue={d.clock.overdue} />
        </Flex>
      ),
    },
    {
      title: '责任主体',
      key: 'owner',
      render: (_, d) => t('{{kind}}:{{owner}}', { kind: labelOf(DUTY_OWNER_KIND, d.ownerKind), owner: ownerText(d) }),
    },
    { title: '频次', dataIndex: 'frequency', render: (f) => labelOf(DUTY_FREQUENCY, f) },
    { title: '完成期限', ...column.date('dueDate') },
    { title: '状态', ...column.tag('status', DUTY_STATUS) },
    { title: '时限', key: 'clock', render: (_, d) => <DutyClock clock={d.clock} /> },
    {
      title: '来源',
      key: 'origin',
      render: (_, d) => (d.risk ? <ModuleLink to={`/risks/${d.risk.id}`}>{origin(d)}</ModuleLink> : origin(d) || '—'),
    },
    {
      title: '操作',
      key: 'a',
      render: (_, d) =>
        d.status === 'DONE' ? (
          <Typography.Text type="secondary" title={d.evidence ?? undefined}>
            {t('{{date}} 完成', { date: formatDate(d.completedAt) })}
          </Typography.Text>
        ) : canWrite ? (
          <Flex gap={4}>
            <CompleteDutyButton duty={d} onDone={reload} />
            <EditDutyButton duty={d} onDone={reload} />
          </Flex>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title="责任清单" subTitle="部门、乡镇(街道)和包保干部的责任事项,超过期限未完成的标红" />
      <ListTable
        list={list}
        aria-label={t('责任清单')}
        columns={columns}
        exportAs={{ columns: DUTY_EXPORT_COLUMNS }}
        actions={<NewDutyButton onDone={reload} />}
      />
    </>
  );
}
