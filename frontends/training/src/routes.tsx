import type { ModulePages } from '@shian/remote-kit';
import { AssessmentsPage } from './pages/AssessmentsPage';
import { OfficersPage } from './pages/OfficersPage';
import { SessionFormPage } from './pages/SessionFormPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { UpgradesPage } from './pages/UpgradesPage';

/** The module's pages, relative to where it is mounted, in the order of its menu. */
export const PAGES: ModulePages = [
  {
    path: '',
    page: SessionsPage,
    section: '培训',
    subpages: { new: SessionFormPage, 'sessions/:id': SessionPage, 'sessions/:id/edit': SessionFormPage },
  },
  { path: 'officers', page: OfficersPage, section: '执法人员培训' },
  { path: 'assessments', page: AssessmentsPage, section: '考核' },
  { path: 'upgrades', page: UpgradesPage, section: '小作坊提档升级' },
];
