import { labelOf, t } from '@shian/ui-kit';
import { formatDate } from '@shian/remote-kit';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND, COMPLAINT_OUTCOME, COMPLAINT_STATUS } from '../labels';
import type { ComplaintRow as Row } from './ComplaintActions';

/**
 * The register's sheet. The complainant comes from `maskedComplainant` (the list query's `complainant(masked:
 * true)`), masked by the server whoever exports: a file travels further than a screen. Cells in words are in the
 * screen's language at the time of the export, as labelOf's.
 */
export const COMPLAINT_EXPORT_COLUMNS = [
  { title: '登记编号', value: 'code' as const, width: 26 },
  { title: '类别', value: (row: Row) => labelOf(COMPLAINT_KIND, row.kind), width: 8 },
  { title: '渠道', value: (row: Row) => labelOf(COMPLAINT_CHANNEL, row.channel), width: 12 },
  { title: '投诉举报人(已脱敏)', value: (row: Row) => row.maskedComplainant.name ?? t('匿名'), width: 14 },
  { title: '联系电话(已脱敏)', value: (row: Row) => row.maskedComplainant.phone ?? '', width: 16 },
  { title: '被投诉举报主体', value: (row: Row) => row.entity.name ?? row.entity.id, width: 30 },
  { title: '乡镇(街道)', value: (row: Row) => row.township.name ?? '', width: 14 },
  { title: '内容', value: 'content' as const, width: 50 },
  { title: '收到日期', value: (row: Row) => formatDate(row.receivedOn), width: 12 },
  { title: '期限', value: (row: Row) => row.clock.deadline ?? '', width: 12 },
  { title: '状态', value: (row: Row) => labelOf(COMPLAINT_STATUS, row.status), width: 14 },
  { title: '处理结果', value: (row: Row) => labelOf(COMPLAINT_OUTCOME, row.outcome), width: 14 },
  { title: '关联案件', value: (row: Row) => row.case?.number ?? (row.case ? t('线索') : ''), width: 26 },
  { title: '答复日期', value: (row: Row) => row.answeredOn ?? '', width: 12 },
  { title: '超期', value: (row: Row) => (row.overdue ? t('是') : ''), width: 6 },
];
