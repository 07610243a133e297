import { Route, Routes } from '@shian/router';
import { ModuleNav, type ModuleSection, useCurrentUser } from '@shian/remote-kit';
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

const SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '主体名录' },
  { key: '/townships', label: '乡镇(街道)' },
  { key: '/responsibility', label: '包保责任' },
  { key: '/notices', label: '提示函' },
  { key: '/village-reports', label: '村(社区)报告' },
  { key: '/stations', label: '基层监管所', readers: STATION_READERS },
];

/** The module's pages, relative to where it is mounted. */
export function ModuleRoutes() {
  // A village liaison has one page here, laid out for a phone: every address of the module leads to it.
  if (useCurrentUser()?.role === 'village')
    return (
      <Routes>
        <Route path="*" element={<VillageReportPage />} />
      </Routes>
    );
  return (
    <>
      <ModuleNav sections={SECTIONS} />
      <Routes>
        <Route index element={<RegisterPage />} />
        <Route path="new" element={<EntityFormPage />} />
        <Route path="townships" element={<TownshipsPage />} />
        <Route path="townships/:id" element={<TownshipPage />} />
        <Route path="responsibility" element={<ResponsibilityPage />} />
        <Route path="notices" element={<NoticesPage />} />
        <Route path="notices/:townshipId/:id/print" element={<NoticePrint />} />
        <Route path="village-reports" element={<VillageQueuePage />} />
        <Route path="stations" element={<StationsPage />} />
        <Route path=":id" element={<EntityPage />} />
        <Route path=":id/edit" element={<EntityFormPage />} />
      </Routes>
    </>
  );
}
