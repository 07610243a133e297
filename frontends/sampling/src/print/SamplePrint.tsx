import { labelOf, useT } from '@shian/ui-kit';
import { useParams } from '@shian/router';
import { PrintSheet, PrintTable, PrintView, useRecordQuery } from '@shian/remote-kit';
import { CATEGORY, FAILURE_KIND, VERDICT } from '../labels';
import { type SampleDetail, SampleDetailQueryDocument } from '../pages/SamplePage';

type Item = SampleDetail['testItems'][number] & { row: number };

/**
 * 检验报告 of one sample (`/:id/print`): the sample, its test items and the conclusion, within the caller's scope. It
 * reads the sample page's own query, so coming from the page the report is there at once (urql's cache).
 */
export function SamplePrint() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useRecordQuery({ query: SampleDetailQueryDocument, pick: (d) => d.sample });
  return (
    <PrintView {...query} missing={t('未找到该样品,可能无权查看')} back={`/${id}`}>
      {(sample) => (
        <PrintSheet
          title={t('检验报告')}
          number={sample.number}
          numberLabel={t('样品编号')}
          cells={[
            { label: t('样品名称'), value: sample.foodName },
            { label: t('样品编号'), value: sample.number },
            { label: t('食品类别'), value: labelOf(CATEGORY, sample.category) },
            { label: t('标称商标'), value: sample.brand },
            { label: t('规格型号'), value: sample.specification },
            { label: t('生产批号'), value: sample.batchNumber },
            { label: t('生产日期'), value: sample.producedOn },
            { label: t('抽样日期'), value: sample.sampledOn },
            { label: t('被抽样单位'), value: sample.entity?.name, wide: true },
            { label: t('抽样人员'), value: sample.samplers.join(t('、')) },
            { label: t('收样日期'), value: sample.receivedOn },
            { label: t('检验机构'), value: sample.lab },
            { label: t('报告日期'), value: sample.reportedOn },
            { label: t('抽检计划'), value: sample.plan.name, wide: true },
            {
              label: t('检验结论'),
              // Not yet concluded: the cell stays blank rather than saying 合格 or 不合格 too early.
              value: sample.verdict
                ? [
                    labelOf(VERDICT, sample.verdict),
                    sample.failureKind && `(${labelOf(FAILURE_KIND, sample.failureKind)})`,
                  ]
                    .filter(Boolean)
                    .join('')
                : null,
              wide: true,
              tall: true,
            },
          ]}
          signatures={['主检', '审核', '批准', '检验机构(盖章)']}
        >
          <PrintTable<Item>
            caption={t('检验项目与结果')}
            columns={[
              { title: t('序号'), value: (item) => item.row, width: '7%' },
              { title: t('检验项目'), value: (item) => item.name, width: '19%' },
              { title: t('标准指标'), value: (item) => item.limit },
              { title: t('实测值'), value: (item) => item.measured },
              { title: t('单位'), value: (item) => item.unit, width: '10%' },
              { title: t('单项判定'), value: (item) => labelOf(VERDICT, item.verdict), width: '11%' },
              { title: t('判定依据'), value: (item) => item.standard, width: '20%' },
            ]}
            // The report's items in the order the server keeps them, numbered as printed.
            rows={sample.testItems.map((item, index) => ({ ...item, row: index + 1 }))}
            rowKey={(item) => item.id}
          />
        </PrintSheet>
      )}
    </PrintView>
  );
}
