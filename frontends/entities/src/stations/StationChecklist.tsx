import { errorCode, useMutation } from '@shian/graphql-client';
import { Alert, Checkbox, DatePicker, Table, type TableColumnsType, Tag } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { afterToday, formatDate, localDate, tableCells, todayInChina } from '@shian/remote-kit';
import { errorText, useT } from '@shian/ui-kit';
import { type ChecklistItem, SetStationChecklistItemDocument, type Station } from './queries';

interface StationChecklistProps {
  station: Station;
  /** Leaders and officers tick; everyone else reads. */
  canWrite: boolean;
  /** After a write the station's checklist and version changed, or another's change was found (CONFLICT). */
  onChanged: () => void;
}

/** One station's 两化 checklist: each item's state and date, and for leaders and officers the tick. */
export function StationChecklist({ station, canWrite, onChanged }: StationChecklistProps) {
  const t = useT();
  const [{ fetching }, setItem] = useMutation(SetStationChecklistItemDocument);
  const [saving, setSaving] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const save = async (item: ChecklistItem, done: boolean, doneOn: string | null) => {
    setSaving(item.key);
    setProblem(undefined);
    const result = await setItem({ stationId: station.id, version: station.version, key: item.key, done, doneOn });
    setSaving(undefined);
    if (result.error) {
      setProblem(errorText(result.error));
      // Someone changed this station since it was read: reload it, so the next tick carries the current version.
      if (errorCode(result.error) === 'CONFLICT') onChanged();
      return;
    }
    onChanged();
  };

  const columns: TableColumnsType<ChecklistItem> = [
    { title: t('检查项'), dataIndex: 'label', key: 'label' },
    {
      title: t('状态'),
      key: 'done',
      width: 100,
      render: (_: unknown, item: ChecklistItem) =>
        item.done ? <Tag color="green">{t('已完成')}</Tag> : <Tag>{t('未完成')}</Tag>,
    },
    {
      title: t('完成日期'),
      key: 'doneOn',
      width: 180,
      render: (_: unknown, item: ChecklistItem) =>
        canWrite && item.done ? (
          <DatePicker
            aria-label={t('完成日期:{{item}}', { item: item.label })}
            allowClear={false}
            value={item.doneOn ? dayjs(item.doneOn) : null}
            disabled={fetching}
            disabledDate={afterToday}
            onChange={(d: Dayjs | null) => d && save(item, true, localDate(d))}
          />
        ) : (
          formatDate(item.doneOn)
        ),
    },
    ...tableCells<ChecklistItem>().actions(
      (item) => (
        <Checkbox
          aria-label={t('已完成:{{item}}', { item: item.label })}
          checked={item.done}
          disabled={fetching}
          // A ticked item is dated today; the date can be corrected in its own column.
          onChange={(e) => save(item, e.target.checked, e.target.checked ? todayInChina() : null)}
        >
          {saving === item.key ? t('保存中') : t('已完成')}
        </Checkbox>
      ),
      { when: canWrite, width: 100 },
    ),
  ];

  return (
    <>
      {problem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problem}
          closable
          onClose={() => setProblem(undefined)}
          style={{ marginBottom: 8 }}
        />
      )}
      <Table<ChecklistItem>
        aria-label={t('{{station}}“两化”建设检查项', { station: station.name })}
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={station.checklist}
        columns={columns}
      />
    </>
  );
}
