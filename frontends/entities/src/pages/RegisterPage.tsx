import { useCanWriteDistrict } from '@shian/remote-kit';
import { PageHeader } from '@shian/ui-kit';
import { EntityRegister } from '../components/EntityRegister';
import { GradingRuleButton } from '../components/SettingButtons';

export function RegisterPage() {
  // The grading bands are the district's setting: the register is where its grades are read and filtered.
  const canSetBands = useCanWriteDistrict();
  return (
    <>
      <PageHeader
        title="食品生产经营主体名录"
        subTitle="按名称、信用代码或地址搜索,按乡镇、类别、风险等级、状态筛选"
        extra={canSetBands && <GradingRuleButton />}
      />
      <EntityRegister />
    </>
  );
}
