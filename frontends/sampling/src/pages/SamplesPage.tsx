import { PageHeader } from '@shian/ui-kit';
import { SampleTable } from '../components/SampleTable';

export function SamplesPage() {
  return (
    <>
      <PageHeader
        title="抽检样品"
        subTitle="按层级、状态、类别、乡镇、检验结论、重点品种/时段/区域和抽样日期筛选,可导出Excel"
      />
      <SampleTable />
    </>
  );
}
