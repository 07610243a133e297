import { labelOf } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { ComplaintListQuery } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND, COMPLAINT_OUTCOME, COMPLAINT_STATUS } from '../labels';

/** What the export asks for: the complainant masked on the server, whoever exports. */
export const ComplaintExportQueryDocument = graphql(`
  query ComplaintExport($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        kind
        channel
        status
        outcome
        content
        receivedOn
        decidedOn
        answeredOn
        overdue
        complainant(masked: true) {
          name
          phone
        }
        entity {
          id
          name
        }
        township {
          id
          name
        }
        clock {
          deadline
        }
        case {
          id
          number
        }
      }
    }
  }
`);

/** A list row with the complainant's fields as the export query returns them (masked). */
export type ComplaintExportRow = ComplaintListQuery['complaints']['nodes'][number] & {
  complainant: { name?: string | null; phone?: string | null };
};

/** The sheet's columns: the complainant as the export query returned it, masked. */
export const COMPLAINT_EXPORT_COLUMNS = [
  { title: '登记编号', value: 'code' as const, width: 26 },
  { title: '类别', value: (row: ComplaintExportRow) => labelOf(COMPLAINT_KIND, row.kind), width: 8 },
  { title: '渠道', value: (row: ComplaintExportRow) => labelOf(COMPLAINT_CHANNEL, row.channel), width: 12 },
  { title: '投诉举报人', value: (row: ComplaintExportRow) => row.complainant.name ?? '匿名', width: 12 },
  { title: '联系电话', value: (row: ComplaintExportRow) => row.complainant.phone ?? '', width: 16 },
  { title: '被投诉举报主体', value: (row: ComplaintExportRow) => row.entity.name ?? row.entity.id, width: 30 },
  { title: '乡镇(街道)', value: (row: ComplaintExportRow) => row.township.name ?? '', width: 14 },
  { title: '内容', value: 'content' as const, width: 50 },
  { title: '收到日期', value: 'receivedOn' as const, width: 12 },
  { title: '期限', value: (row: ComplaintExportRow) => row.clock.deadline ?? '', width: 12 },
  { title: '状态', value: (row: ComplaintExportRow) => labelOf(COMPLAINT_STATUS, row.status), width: 14 },
  { title: '处理结果', value: (row: ComplaintExportRow) => labelOf(COMPLAINT_OUTCOME, row.outcome), width: 14 },
  { title: '关联案件', value: (row: ComplaintExportRow) => row.case?.number ?? (row.case ? '线索' : ''), width: 26 },
  { title: '答复日期', value: (row: ComplaintExportRow) => row.answeredOn ?? '', width: 12 },
  { title: '超期', value: (row: ComplaintExportRow) => (row.overdue ? '是' : ''), width: 6 },
];
