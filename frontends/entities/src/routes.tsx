import { Menu } from '@shian/antd';
import { Route, Routes, useLocation, useNavigate } from '@shian/router';
import { useCurrentUser, useModulePath } from './module';
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

interface Section {
  key: string;
  label: string;
  /** The roles the section is for, when not everyone who reaches the module (the page refuses the others too). */
  readers?: readonly string[];
}

const SECTIONS: readonly Section[] = [
  { key: '/', label: '主体名录' },
  { key: '/townships', label: '乡镇(街道)' },
  { key: '/responsibility', label: '包保责任' },
  { key: '/notices', label: '提示函' },
  { key: '/village-reports', label: '村(社区)报告' },
  { key: '/stations', label: '基层监管所', readers: STATION_READERS },
];

function ModuleNav() {
  const to = useModulePath();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const role = useCurrentUser()?.role ?? '';
  const sections = SECTIONS.filter((s) => !s.readers || s.readers.includes(role)).map(({ key, label }) => ({
    key,
    label,
  }));
  const base = to('/');
  const rest = pathname.startsWith(base) ? pathname.slice(base === '/' ? 0 : base.length) : pathname;
  const section = sections.find((s) => s.key !== '/' && rest.startsWith(s.key))?.key ?? '/';
  return (
    <Menu
      mode="horizontal"
      aria-label="主体与属地"
      selectedKeys={[section]}
      onClick={({ key }) => navigate(to(key))}
      items={sections}
      style={{ marginBottom: 16 }}
    />
  );
}

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
      <ModuleNav />
      <Routes>
        <Route index element={<RegisterPage />} />
        <Route path="new" element={<EntityFormPage />} />
        <Route path="townships" element={<TownshipsPage />} />
        <Route path="townships/:id" element={<TownshipPage />} />
        <Route path="responsibility" element={<ResponsibilityPage />} />
        <Route path="notices" element={<NoticesPage />} />
        <Route path="village-reports" element={<VillageQueuePage />} />
        <Route path="stations" element={<StationsPage />} />
        <Route path=":id" element={<EntityPage />} />
        <Route path=":id/edit" element={<EntityFormPage />} />
      </Routes>
    </>
  );
}
