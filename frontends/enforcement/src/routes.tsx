import { Route, Routes } from '@shian/router';
import { ModuleNav, type ModuleSection, useIsPartner } from '@shian/remote-kit';
import { CampaignsPage } from './pages/CampaignsPage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { ComplaintsPage } from './pages/ComplaintsPage';
import { DrawPage } from './pages/DrawPage';
import { DrawsPage } from './pages/DrawsPage';
import { InspectionsPage } from './pages/InspectionsPage';
import { OperationsPage } from './pages/OperationsPage';
import { PartnerWorkbench } from './pages/PartnerWorkbench';
import { RunDrawPage } from './pages/RunDrawPage';
import { SeizedItemsPage } from './pages/SeizedItemsPage';
import { TransfersPage } from './pages/TransfersPage';
import { CasePrint } from './print/CasePrint';
import { InspectionPrint } from './print/InspectionPrint';

const BUREAU_SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '案件' },
  { key: '/complaints', label: '投诉举报' },
  { key: '/inspections', label: '监督检查' },
  { key: '/draws', label: '双随机抽查' },
  { key: '/campaigns', label: '专项行动' },
  { key: '/transfers', label: '案件移送' },
  { key: '/seized-items', label: '涉案财物' },
  { key: '/operations', label: '联合执法' },
];

const PARTNER_SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '工作台' },
  { key: '/cases', label: '移送的案件' },
];

/**
 * The module's pages, relative to where it is mounted. Its token decides which: the bureau's staff get the
 * bureau's sections; a partner department gets its workbench and the cases sent to it, and no route to the rest.
 */
export function ModuleRoutes() {
  const partner = useIsPartner();
  if (partner)
    return (
      <>
        <ModuleNav sections={PARTNER_SECTIONS} label="协作部门" />
        <Routes>
          <Route index element={<PartnerWorkbench />} />
          <Route path="cases" element={<CasesPage />} />
          <Route path="cases/:id" element={<CasePage />} />
          <Route path="cases/:id/print" element={<CasePrint />} />
          <Route path="*" element={<PartnerWorkbench />} />
        </Routes>
      </>
    );
  return (
    <>
      <ModuleNav sections={BUREAU_SECTIONS} label="执法办案" />
      <Routes>
        <Route index element={<CasesPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="cases/:id/print" element={<CasePrint />} />
        <Route path="complaints" element={<ComplaintsPage />} />
        <Route path="inspections" element={<InspectionsPage />} />
        <Route path="inspections/:id/print" element={<InspectionPrint />} />
        <Route path="draws" element={<DrawsPage />} />
        <Route path="draws/new" element={<RunDrawPage />} />
        <Route path="draws/:id" element={<DrawPage />} />
        <Route path="campaigns" element={<CampaignsPage />} />
        <Route path="transfers" element={<TransfersPage />} />
        <Route path="seized-items" element={<SeizedItemsPage />} />
        <Route path="operations" element={<OperationsPage />} />
      </Routes>
    </>
  );
}
