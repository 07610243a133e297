import { exportCells } from '@shian/remote-kit';
import type { ExportColumn } from '@shian/ui-kit';
import type { NoticeFieldsFragment } from './gql/graphql';
import { NOTICE_KIND } from './labels';

/** What every list of notices reads of one (the notices page, a township's page). */
type NoticeHead = Pick<NoticeFieldsFragment, 'number' | 'kind' | 'title' | 'sentOn' | 'dueOn'>;

/**
 * A notice's columns in an export, as both its lists write them: 文号, 类型 and 标题, then what the list adds after
 * the title (the notices page: the township), then the day it was sent and the day it is due (blank without one).
 */
export function noticeExportColumns<T extends NoticeHead>(afterTitle: ExportColumn<T>[] = []): ExportColumn<T>[] {
  const cell = exportCells<T>();
  return [
    { title: '文号', value: 'number', width: 26 },
    { title: '类型', value: cell.label((notice) => notice.kind, NOTICE_KIND), width: 10 },
    { title: '标题', value: 'title', width: 40 },
    ...afterTitle,
    { title: '发文日期', value: cell.date((notice) => notice.sentOn), width: 12 },
    { title: '办理期限', value: cell.date((notice) => notice.dueOn), width: 12 },
  ];
}
