import type { ModulePages, ModulePageTable } from '@shian/remote-kit';
import { CampaignsPage } from './pages/CampaignsPage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { ComplaintsPage } from './pages/ComplaintsPage';
import { DrawPage } from './pages/DrawPage';
import { DrawsPage } from './pages/DrawsPage';
import { InspectionPage } from './pages/InspectionPage';
import { InspectionsPage } from './pages/InspectionsPage';
import { OperationsPage } from './pages/OperationsPage';
import { PartnerWorkbench } from './pages/PartnerWorkbench';
import { RunDrawPage } from './pages/RunDrawPage';
import { SeizedItemsPage } from './pages/SeizedItemsPage';
import { TransfersPage } from './pages/TransfersPage';
import { CasePrint } from './print/CasePrint';
import { InspectionPrint } from './print/InspectionPrint';

// The bureau's list of cases is its first page and answers at /cases too, where links to a case lead.
const CASE_PAGES = { cases: CasesPage, 'cases/:id': CasePage, 'cases/:id/print': CasePrint };

const BUREAU_PAGES: ModulePages = [
  { path: '', page: CasesPage, section: '案件', subpages: CASE_PAGES },
  { path: 'complaints', page: ComplaintsPage, section: '投诉举报' },
  {
    path: 'inspections',
    page: InspectionsPage,
    section: '监督检查',
    subpages: { ':id': InspectionPage, ':id/print': InspectionPrint },
  },
  { path: 'draws', page: DrawsPage, section: '双随机抽查', subpages: { new: RunDrawPage, ':id': DrawPage } },
  { path: 'campaigns', page: CampaignsPage, section: '专项行动' },
  { path: 'transfers', page: TransfersPage, section: '案件移送' },
  { path: 'seized-items', page: SeizedItemsPage, section: '涉案财物' },
  { path: 'operations', page: OperationsPage, section: '联合执法' },
];

const PARTNER_PAGES: ModulePages = {
  menu: '协作部门',
  pages: [
    { path: '', page: PartnerWorkbench, section: '工作台', subpages: { '*': PartnerWorkbench } },
    { path: 'cases', page: CasesPage, section: '移送的案件', subpages: { ':id': CasePage, ':id/print': CasePrint } },
  ],
};

/**
 * The module's pages, relative to where it is mounted. Its token decides which: the bureau's staff get the
 * bureau's sections; a partner department gets its workbench and the cases sent to it, and no route to the rest.
 */
export const PAGES: ModulePageTable = (user) => (user?.role === 'partner' ? PARTNER_PAGES : BUREAU_PAGES);
