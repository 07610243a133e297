import { Menu } from '@shian/antd';
import { Route, Routes, useLocation, useNavigate } from '@shian/router';
import { useModulePath } from './module';
import { AssessmentsPage } from './pages/AssessmentsPage';
import { OfficersPage } from './pages/OfficersPage';
import { SessionFormPage } from './pages/SessionFormPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { UpgradesPage } from './pages/UpgradesPage';

const SECTIONS = [
  { key: '/', label: '培训' },
  { key: '/officers', label: '执法人员培训' },
  { key: '/assessments', label: '考核' },
  { key: '/upgrades', label: '小作坊提档升级' },
];

function ModuleNav() {
  const to = useModulePath();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = to('/');
  const rest = pathname.startsWith(base) ? pathname.slice(base === '/' ? 0 : base.length) : pathname;
  const section = SECTIONS.find((s) => s.key !== '/' && rest.startsWith(s.key))?.key ?? '/';
  return (
    <Menu
      mode="horizontal"
      aria-label="培训考核"
      selectedKeys={[section]}
      onClick={({ key }) => navigate(to(key))}
      items={SECTIONS}
      style={{ marginBottom: 16 }}
    />
  );
}

/** The module's pages, relative to where it is mounted. */
export function ModuleRoutes() {
  return (
    <>
      <ModuleNav />
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
