import { Route, Routes } from '@shian/router';
import { ModuleNav, type ModuleSection } from '@shian/remote-kit';
import { AssessmentsPage } from './pages/AssessmentsPage';
import { OfficersPage } from './pages/OfficersPage';
import { SessionFormPage } from './pages/SessionFormPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { UpgradesPage } from './pages/UpgradesPage';

const SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '培训' },
  { key: '/officers', label: '执法人员培训' },
  { key: '/assessments', label: '考核' },
  { key: '/upgrades', label: '小作坊提档升级' },
];

/** The module's pages, relative to where it is mounted. */
export function ModuleRoutes() {
  return (
    <>
      <ModuleNav sections={SECTIONS} />
      <Routes>
        <Route index element={<SessionsPage />} />
        <Route path="new" element={<SessionFormPage />} />
        <Route path="sessions/:id" element={<SessionPage />} />
        <Route path="sessions/:id/edit" element={<SessionFormPage />} />
        <Route path="officers" element={<OfficersPage />} />
        <Route path="assessments" element={<AssessmentsPage />} />
        <Route path="upgrades" element={<UpgradesPage />} />
      </Routes>
    </>
  );
}
