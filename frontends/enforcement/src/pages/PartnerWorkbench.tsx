import { labelOf, PageHeader, useT } from '@shian/ui-kit';
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
  const t = useT();
  const department = usePartnerDepartment();
  const user = useCurrentUser();
  return (
    <div data-testid="partner-workbench">
      <PageHeader
        title={t('{{department}}工作台', {
          department: department ? labelOf(DEPARTMENT, department) : t('协作部门'),
        })}
        subTitle="市场监管局移送本单位的案件与本单位参加的联合执法"
      >
        <Typography.Text type="secondary">{t('当前用户:{{name}}', { name: user?.name })}</Typography.Text>
      </PageHeader>
      <Card>
        <Tabs
          items={[
            { key: 'pending', label: t('待签收的移送'), children: <TransferTable fixedStatus="SENT" /> },
            { key: 'transfers', label: t('全部移送'), children: <TransferTable /> },
            { key: 'operations', label: t('联合执法'), children: <OperationTable /> },
          ]}
        />
      </Card>
    </div>
  );
}

export { CasesPage as PartnerCasesPage };
