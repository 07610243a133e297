import { StatusTag } from '@shian/ui-kit';
import { Alert, Flex, Table, Tag, Tooltip } from '@shian/antd';
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

export const remainingText = (clock: Pick<ClockView, 'status' | 'remaining' | 'period'>) => {
  if (clock.remaining == null) return clock.status === 'PAUSED' ? '暂停中' : '—';
  const unit = clock.period.includes('工作日') ? '个工作日' : '日';
  if (clock.remaining < 0) return `超期 ${-clock.remaining} ${unit}`;
  if (clock.remaining === 0) return '今日截止';
  return `剩余 ${clock.remaining} ${unit}`;
};

/**
 * The statutory clocks of a record: the rule, its source, the deadline and what is left, as the record shows them.
 * Deadlines computed without the bureau's calendar say so above them, so nobody takes them for the usual ones.
 */
export function ClockTable({ clocks }: { clocks: readonly ClockView[] }) {
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
          title: '时限',
          key: 'name',
          render: (_, c) => (
            <Tooltip title={c.source}>
              {c.name}({c.period}
              {c.extended ? `,已延长${c.extension}` : ''})
            </Tooltip>
          ),
        },
        { title: '起算日期', dataIndex: 'startedOn' },
        { title: '截止日期', dataIndex: 'deadline', render: (d?: string | null) => d ?? '—' },
        { title: '完成日期', dataIndex: 'completedOn', render: (d?: string | null) => d ?? '—' },
        { title: '剩余', key: 'remaining', render: (_, c) => remainingText(c) },
        { title: '暂停天数', dataIndex: 'pausedDays' },
        {
          title: '状态',
          dataIndex: 'status',
          render: (s: EnforcementClockStatus) => <StatusTag value={s} map={CLOCK_STATUS} />,
        },
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
  return overdue ? (
    <Tag color="red" data-testid="overdue">
      超期
    </Tag>
  ) : null;
}
