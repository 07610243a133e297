import { tableCells } from '@shian/remote-kit';
import { t, useT } from '@shian/ui-kit';
import { Alert, Flex, Table, Tag, Tooltip } from '@shian/antd';
import type { ReactNode } from 'react';
import type { EnforcementClockStatus } from '../gql/graphql';
import { CLOCK_STATUS } from '../labels';

export interface ClockView {
  code: string;
  name: string;
  period: string;
  extension: number;
  source: string;
  startedOn: string;
  deadline?: string | null;
  remaining?: number | null;
  status: EnforcementClockStatus;
  extended: boolean;
  completedOn?: string | null;
  pausedDays: number;
  /** Set when the bureau's calendar could not be read and the deadlines are on the default calendar. */
  calendarNote?: string | null;
}

const column = tableCells<ClockView>();

/** What is left of a clock, in the screen's language (called while rendering, as labelOf is). */
export const remainingText = (clock: Pick<ClockView, 'status' | 'remaining' | 'period'>) => {
  if (clock.remaining == null) return clock.status === 'PAUSED' ? t('暂停中') : '—';
  // The subgraph's period says which days count (15个工作日, 30日).
  const workingDays = clock.period.includes('工作日');
  if (clock.remaining < 0) {
    const count = -clock.remaining;
    return workingDays ? t('超期 {{count}} 个工作日', { count }) : t('超期 {{count}} 日', { count });
  }
  if (clock.remaining === 0) return t('今日截止');
  const count = clock.remaining;
  return workingDays ? t('剩余 {{count}} 个工作日', { count }) : t('剩余 {{count}} 日', { count });
};

/**
 * A running clock as the lists flag it (a seizure's term, a transfer's answer, an inspection's publication): red once
 * it is overdue, else blue, saying what is left (or `children`, the list's own words around it).
 */
export function ClockTag({
  clock,
  children = remainingText(clock),
}: {
  clock: Pick<ClockView, 'status' | 'remaining' | 'period'>;
  children?: ReactNode;
}) {
  return <Tag color={clock.status === 'OVERDUE' ? 'red' : 'blue'}>{children}</Tag>;
}

/**
 * The statutory clocks of a record: the rule, its source, the deadline and what is left, as the record shows them.
 * Deadlines computed without the bureau's calendar say so above them, so nobody takes them for the usual ones.
 */
export function ClockTable({ clocks }: { clocks: readonly ClockView[] }) {
  const t = useT();
  const note = clocks.find((c) => c.calendarNote)?.calendarNote;
  const table = (
    <Table<ClockView>
      aria-label="法定时限"
      size="small"
      pagination={false}
      rowKey="code"
      dataSource={[...clocks]}
      columns={[
        {
          title: t('时限'),
          key: 'name',
          render: (_, c) => (
            <Tooltip title={c.source}>
              {c.name}({c.period}
              {c.extended ? t(',已延长{{extension}}', { extension: c.extension }) : ''})
            </Tooltip>
          ),
        },
        { title: t('起算日期'), dataIndex: 'startedOn' },
        { title: t('截止日期'), ...column.date('deadline') },
        { title: t('完成日期'), ...column.date('completedOn') },
        { title: t('剩余'), key: 'remaining', render: (_, c) => remainingText(c) },
        { title: t('暂停天数'), dataIndex: 'pausedDays' },
        { title: t('状态'), ...column.tag('status', CLOCK_STATUS) },
      ]}
    />
  );
  if (!note) return table;
  return (
    <Flex vertical gap={8}>
      <Alert type="warning" showIcon role="note" data-testid="calendar-note" message={note} />
      {table}
    </Flex>
  );
}

/** The list's flag: red when a statutory time limit has run out. */
export function OverdueTag({ overdue }: { overdue: boolean }) {
  const t = useT();
  return overdue ? (
    <Tag color="red" data-testid="overdue">
      {t('超期')}
    </Tag>
  ) : null;
}
