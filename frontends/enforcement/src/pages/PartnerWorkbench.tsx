import { labelOf, PageHeader } from '@shian/ui-kit';
import { Card, Tabs, Typography } from '@shian/antd';
import { DEPARTMENT } from '../labels';
import { useCurrentUser, usePartnerDepartment } from '@shian/remote-kit';
import { CasesPage } from './CasesPage';
import { OperationTable } from './OperationsPage';
import { TransferTable } from './TransfersPage';

/**
 * A partner department's workbench: the transfers addressed to it (to receive and answer), the joint operations
 * it takes part in, and the cases it was sent. Nothing of the bureau's own registers: the token allows no more.
 */
export function PartnerWorkbench() {
  const department = usePartnerDepartment();
  const user = useCurrentUser();
  return (
    <div data-testid="partner-workbench">
      <PageHeader
        title={`${department ? labelOf(DEPARTMENT, department) : '协作部门'}工作台`}
        subTitle="市场监管局移送本单位的案件与本单位参加的联合执法"
      >
        <Typography.Text type="secondary">当前用户:{user?.name}</Typography.Text>
      </PageHeader>
      <Card>
        <Tabs
          items={[
            { key: 'pending', label: '待签收的移送', children: <TransferTable fixedStatus="SENT" /> },
            { key: 'transfers', label: '全部移送', children: <TransferTable /> },
            { key: 'operations', label: '联合执法', children: <OperationTable /> },
          ]}
        />
      </Card>
    </div>
  );
}

export { CasesPage as PartnerCasesPage };
