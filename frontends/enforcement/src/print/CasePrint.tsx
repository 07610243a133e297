import { labelOf, useT } from '@shian/ui-kit';
import { useParams } from '@shian/router';
import {
  formatMoney,
  labelList,
  PrintSheet,
  PrintTable,
  PrintView,
  useIsPartner,
  useRecordQuery,
} from '@shian/remote-kit';
import { CASE_SOURCE, CASE_STATUS, PENALTY_KIND, VIOLATION } from '../labels';
import { type CaseDetail, CaseDetailQueryDocument } from '../pages/CasePage';

type Step = CaseDetail['timeline'][number];

/**
 * 行政处罚案件登记表: the case as the bureau files it on paper (`/cases/:id/print`), within the caller's scope. It reads
 * the case page's own query with the same variables, so coming from the page the sheet is there at once (urql's
 * cache) and prints without another request.
 */
export function CasePrint() {
  const t = useT();
  const { id = '' } = useParams();
  const partner = useIsPartner();
  const query = useRecordQuery({
    query: CaseDetailQueryDocument,
    variables: { id, bureau: !partner },
    pick: (d) => d.case,
  });
  return (
    <PrintView {...query} missing={t('未找到该案件,可能无权查看')} back={`/cases/${id}`}>
      {(record) => (
        <PrintSheet
          title={t('行政处罚案件登记表')}
          number={record.number}
          numberLabel={t('案件编号')}
          cells={[
            { label: t('案由'), value: record.title, wide: true },
            { label: t('当事人'), value: record.entity?.name },
            { label: t('所属乡镇(街道)'), value: record.township?.name },
            {
              label: t('案件来源'),
              value: [labelOf(CASE_SOURCE, record.source), record.referredBy].filter(Boolean).join(' · '),
            },
            { label: t('办理状态'), value: labelOf(CASE_STATUS, record.status) },
            { label: t('受理日期'), value: record.receivedOn },
            { label: t('立案日期'), value: record.filedOn },
            { label: t('处罚决定日期'), value: record.decidedOn },
            { label: t('结案日期'), value: record.closedOn },
            { label: t('承办人'), value: record.officers.map((o) => o.name).join(t('、')) },
            {
              label: t('违法行为'),
              value: labelList(VIOLATION, record.violations, ''),
              wide: true,
            },
            { label: t('法律依据'), value: record.legalBasis, wide: true },
            { label: t('案情摘要'), value: record.description, wide: true, tall: true },
            { label: t('处罚决定书文号'), value: record.penalty?.decisionNumber },
            {
              label: t('处罚种类'),
              value: record.penalty ? labelList(PENALTY_KIND, record.penalty.kinds, '') : undefined,
            },
            // formatMoney shows no amount as a dash: on paper an empty amount stays blank.
            { label: t('罚款'), value: record.penalty?.fine ? formatMoney(record.penalty.fine) : null },
            {
              label: t('没收违法所得'),
              value: record.penalty?.confiscatedGains ? formatMoney(record.penalty.confiscatedGains) : null,
            },
            { label: t('罚没款缴纳日期'), value: record.penalty?.paidOn },
            { label: t('公示日期'), value: record.penalty?.publishedOn },
            { label: t('结案(不予立案)理由'), value: record.closingNote, wide: true, tall: true },
          ]}
          signatures={[t('承办人'), t('审核人'), t('负责人')]}
          seal
        >
          <PrintTable<Step>
            caption={t('办理经过')}
            columns={[
              { title: t('环节'), value: (step) => step.label, width: '20%' },
              { title: t('日期'), value: (step) => step.on, width: '20%' },
              { title: t('说明'), value: (step) => step.note },
            ]}
            rows={record.timeline}
            rowKey={(step) => `${step.status}-${step.on}`}
          />
        </PrintSheet>
      )}
    </PrintView>
  );
}
