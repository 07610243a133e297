import { PageHeader } from '@shian/ui-kit';
import { EntityRegister } from '../components/EntityRegister';

export function RegisterPage() {
  return (
    <>
      <PageHeader title="食品生产经营主体名录" subTitle="按名称、信用代码或地址搜索,按乡镇、类别、风险等级、状态筛选" />
      <EntityRegister />
    </>
  );
}
