import type { ModulePages, ModulePageTable } from '@shian/remote-kit';
import { EntityFormPage } from './pages/EntityFormPage';
import { EntityPage } from './pages/EntityPage';
import { NoticesPage } from './pages/NoticesPage';
import { RegisterPage } from './pages/RegisterPage';
import { ResponsibilityPage } from './pages/ResponsibilityPage';
import { STATION_READERS, StationsPage } from './pages/StationsPage';
import { TownshipPage } from './pages/TownshipPage';
import { TownshipsPage } from './pages/TownshipsPage';
import { VillageQueuePage } from './pages/VillageQueuePage';
import { VillageReportPage } from './pages/VillageReportPage';
import { NoticePrint } from './print/NoticePrint';

const BUREAU_PAGES: ModulePages = [
  {
    path: '',
    page: RegisterPage,
    section: '主体名录',
    subpages: { new: EntityFormPage, ':id': EntityPage, ':id/edit': EntityFormPage },
  },
  { path: 'townships', page: TownshipsPage, section: '乡镇(街道)', subpages: { ':id': TownshipPage } },
  { path: 'responsibility', page: ResponsibilityPage, section: '包保责任' },
  { path: 'notices', page: NoticesPage, section: '提示函', subpages: { ':townshipId/:id/print': NoticePrint } },
  { path: 'village-reports', page: VillageQueuePage, section: '村(社区)报告' },
  { path: 'stations', page: StationsPage, section: '基层监管所', readers: STATION_READERS },
];

// A village liaison has one page here, laid out for a phone: every address of the module leads to it.
const VILLAGE_PAGES: ModulePages = [{ path: '*', page: VillageReportPage }];

/** The module's pages, relative to where it is mounted, in the order of its menu. */
export const PAGES: ModulePageTable = (user) => (user?.role === 'village' ? VILLAGE_PAGES : BUREAU_PAGES);
