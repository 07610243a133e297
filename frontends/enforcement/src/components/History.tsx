import { Empty, Timeline, Typography } from '@shian/antd';
import { formatDateTime } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';

export interface HistoryEntryView {
  id: string;
  at: string;
  actor: string;
  username: string;
  action: string;
  recordType: string;
  changes: readonly { field: string; label: string; from?: string | null; to?: string | null }[];
}

const RECORD: Record<string, string> = { CASE: '案件', TRANSFER: '移送', SEIZED_ITEM: '涉案财物' };

/** 修改留痕: who changed what, when; oldest first, as the file reads. Nothing here can be edited. */
export function HistoryList({ entries }: { entries: readonly HistoryEntryView[] }) {
  const t = useT();
  if (entries.length === 0) return <Empty description={t('暂无修改记录')} />;
  return (
    <Timeline
      aria-label="修改留痕"
      items={entries.map((entry) => ({
        key: entry.id,
        children: (
          <div data-testid="history-entry">
            <Typography.Text strong>{entry.action}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {t(RECORD[entry.recordType] ?? entry.recordType)} · {entry.actor}({entry.username})·{' '}
              {formatDateTime(entry.at)}
            </Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {entry.changes.map((change) => (
                <li key={change.field}>
                  {change.label}:{change.from ?? t('(空)')} → {change.to ?? t('(空)')}
                </li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
}
