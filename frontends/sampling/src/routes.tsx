import { Menu } from '@shian/antd';
import { Route, Routes, useLocation, useNavigate } from '@shian/router';
import { useModulePath } from './module';
import { CalendarPage } from './pages/CalendarPage';
import { ConsumerRequestsPage } from './pages/ConsumerRequestsPage';
import { DisposalsPage } from './pages/DisposalsPage';
import { PlanFormPage } from './pages/PlanFormPage';
import { PlansPage } from './pages/PlansPage';
import { RegisterSamplePage } from './pages/RegisterSamplePage';
import { SamplePage } from './pages/SamplePage';
import { SamplesPage } from './pages/SamplesPage';

const SECTIONS = [
  { key: '/', label: '抽检样品' },
  { key: '/plans', label: '抽检计划' },
  { key: '/disposals', label: '不合格处置' },
  { key: '/requests', label: '你点我检' },
  { key: '/calendar', label: '日历与时限' },
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
      aria-label="抽检监测"
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
        <Route index element={<SamplesPage />} />
        <Route path="new" element={<RegisterSamplePage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/new" element={<PlanFormPage />} />
        <Route path="disposals" element={<DisposalsPage />} />
        <Route path="requests" element={<ConsumerRequestsPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path=":id" element={<SamplePage />} />
      </Routes>
    </>
  );
}
