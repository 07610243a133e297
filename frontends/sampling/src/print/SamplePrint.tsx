import { useQuery } from '@shian/graphql-client';
import { labelOf } from '@shian/ui-kit';
import { useParams } from '@shian/router';
import { PrintSheet, PrintTable, PrintView } from '@shian/remote-kit';
import { CATEGORY, FAILURE_KIND, VERDICT } from '../labels';
import { type SampleDetail, SampleDetailQueryDocument } from '../pages/SamplePage';

type Item = SampleDetail['testItems'][number] & { row: number };

/**
 * 检验报告 of one sample (`/:id/print`): the sample, its test items and the conclusion, within the caller's scope. It
 * reads the sample page's own query, so coming from the page the report is there at once (urql's cache).
 */
export function SamplePrint() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SampleDetailQueryDocument, variables: { id } });
  return (
    <PrintView
      fetching={fetching}
      error={error}
      record={data?.sample}
      missing="未找到该样品,可能无权查看"
      back={`/${id}`}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      {(sample) => (
        <PrintSheet
          title="检验报告"
          number={sample.number}
          numberLabel="样品编号"
          cells={[
            { label: '样品名称', value: sample.foodName },
            { label: '样品编号', value: sample.number },
            { label: '食品类别', value: labelOf(CATEGORY, sample.category) },
            { label: '标称商标', value: sample.brand },
            { label: '规格型号', value: sample.specification },
            { label: '生产批号', value: sample.batchNumber },
            { label: '生产日期', value: sample.producedOn },
            { label: '抽样日期', value: sample.sampledOn },
            { label: '被抽样单位', value: sample.entity?.name, wide: true },
            { label: '抽样人员', value: sample.samplers.join('、') },
            { label: '收样日期', value: sample.receivedOn },
            { label: '检验机构', value: sample.lab },
            { label: '报告日期', value: sample.reportedOn },
            { label: '抽检计划', value: sample.plan.name, wide: true },
            {
              label: '检验结论',
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
            caption="检验项目与结果"
            columns={[
              { title: '序号', value: (item) => item.row, width: '7%' },
              { title: '检验项目', value: (item) => item.name, width: '19%' },
              { title: '标准指标', value: (item) => item.limit },
              { title: '实测值', value: (item) => item.measured },
              { title: '单位', value: (item) => item.unit, width: '10%' },
              { title: '单项判定', value: (item) => labelOf(VERDICT, item.verdict), width: '11%' },
              { title: '判定依据', value: (item) => item.standard, width: '20%' },
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
