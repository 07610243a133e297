import { labelOf, useT } from '@shian/ui-kit';
import { useParams } from '@shian/router';
import { PrintButton, PrintSheet, PrintView, useRecordQuery } from '@shian/remote-kit';
import { graphql } from '../gql';
import { NOTICE_KIND } from '../labels';

// The API has no single-notice query: a notice is read among its township's, which the subgraph already limits to
// the caller's scope (another township's officer gets none).
const NoticePrintDocument = graphql(`
  query NoticePrint($townshipId: ID!) {
    township(id: $townshipId) {
      id
      name
      notices {
        ...NoticeFields
      }
    }
  }
`);

/** A 提示函/督办函/整改通知 as sent (`/notices/:townshipId/:id/print`). */
export function NoticePrint() {
  const t = useT();
  const { townshipId = '', id = '' } = useParams();
  const query = useRecordQuery({
    query: NoticePrintDocument,
    variables: { townshipId },
    pick: ({ township }) => {
      const notice = township?.notices.find((n) => n.id === id);
      return notice && township ? { ...notice, township: township.name } : null;
    },
  });
  return (
    <PrintView {...query} missing={t('未找到该函件,可能无权查看')} back="/notices">
      {(record) => (
        <PrintSheet
          title={labelOf(NOTICE_KIND, record.kind)}
          number={record.number}
          numberLabel={t('文号')}
          cells={[
            { label: t('收件乡镇(街道)'), value: record.township, wide: true },
            { label: t('事由'), value: record.title, wide: true },
            { label: t('内容'), value: record.content, wide: true, tall: true },
            { label: t('发文日期'), value: record.sentOn },
            { label: t('反馈期限'), value: record.dueOn },
            // Who signed it is not recorded: the cell is for the signer's hand.
            { label: t('签发'), value: null },
            { label: t('反馈日期'), value: record.repliedOn },
            { label: t('反馈内容'), value: record.reply, wide: true, tall: true },
          ]}
          signatures={[t('签发人'), t('经办人')]}
          seal
        />
      )}
    </PrintView>
  );
}

/** The 打印 column of the notices list: each notice as sent. */
export const noticePrintColumn = {
  title: '打印',
  key: 'print',
  render: (_: unknown, row: { id: string; township: { id: string } }) => (
    <PrintButton size="small" type="link" to={`/notices/${row.township.id}/${row.id}/print`} />
  ),
};
