import type { ModulePages, ModulePageTable } from '@shian/remote-kit';
import { ConsultationsPage } from './pages/ConsultationsPage';
import { DrillsPage } from './pages/DrillsPage';
import { DutiesPage } from './pages/DutiesPage';
import { IncidentPage } from './pages/IncidentPage';
import { IncidentsPage } from './pages/IncidentsPage';
import { InvestigationPage, InvestigationsPage } from './pages/InvestigationsPage';
import { RiskPage } from './pages/RiskPage';
import { RisksPage } from './pages/RisksPage';

const BUREAU_PAGES: ModulePages = [
  { path: '', page: RisksPage, section: '风险清单', subpages: { risks: RisksPage, 'risks/:id': RiskPage } },
  { path: 'duties', page: DutiesPage, section: '责任清单' },
  { path: 'investigations', page: InvestigationsPage, section: '隐患排查', subpages: { ':id': InvestigationPage } },
  { path: 'consultations', page: ConsultationsPage, section: '会商研判' },
  { path: 'incidents', page: IncidentsPage, section: '突发事件', subpages: { ':id': IncidentPage } },
  { path: 'drills', page: DrillsPage, section: '应急演练' },
];

// A partner department sees only the consultations and incidents that name it (the subgraph enforces it).
const PARTNER_PAGES: ModulePages = [
  {
    path: '',
    page: IncidentsPage,
    section: '突发事件',
    subpages: { incidents: IncidentsPage, 'incidents/:id': IncidentPage, '*': IncidentsPage },
  },
  { path: 'consultations', page: ConsultationsPage, section: '会商研判' },
];

/** The module's pages, relative to where it is mounted; a partner gets only what may be shared with it. */
export const PAGES: ModulePageTable = (user) => (user?.role === 'partner' ? PARTNER_PAGES : BUREAU_PAGES);
