import { t } from '@shian/ui-kit';
import { exportCells } from '@shian/remote-kit';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND, COMPLAINT_OUTCOME, COMPLAINT_STATUS } from '../labels';
import type { ComplaintRow as Row } from './ComplaintActions';

/**
 * The register's sheet. The complainant comes from `maskedComplainant` (the list query's `complainant(masked:
 * true)`), masked by the server whoever exports: a file travels further than a screen. Cells in words are in the
 * screen's language at the time of the export, as labelOf's.
 */
const cell = exportCells<Row>();

export const COMPLAINT_EXPORT_COLUMNS = [
  { title: '登记编号', value: 'code' as const, width: 26 },
  { title: '类别', value: cell.label('kind', COMPLAINT_KIND), width: 8 },
  { title: '渠道', value: cell.label('channel', COMPLAINT_CHANNEL), width: 12 },
  { title: '投诉举报人(已脱敏)', value: (row: Row) => row.maskedComplainant.name ?? t('匿名'), width: 14 },
  { title: '联系电话(已脱敏)', value: (row: Row) => row.maskedComplainant.phone ?? '', width: 16 },
  { title: '被投诉举报主体', value: cell.entity('entity'), width: 30 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 14 },
  { title: '内容', value: 'content' as const, width: 50 },
  { title: '收到日期', value: cell.date('receivedOn'), width: 12 },
  { title: '期限', value: (row: Row) => row.clock.deadline ?? '', width: 12 },
  { title: '状态', value: cell.label('status', COMPLAINT_STATUS), width: 14 },
  { title: '处理结果', value: cell.label('outcome', COMPLAINT_OUTCOME), width: 14 },
  { title: '关联案件', value: (row: Row) => row.case?.number ?? (row.case ? t('线索') : ''), width: 26 },
  { title: '答复日期', value: (row: Row) => row.answeredOn ?? '', width: 12 },
  { title: '超期', value: (row: Row) => (row.overdue ? t('是') : ''), width: 6 },
];
