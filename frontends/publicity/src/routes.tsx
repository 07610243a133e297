import { Menu } from '@shian/antd';
import { Route, Routes, useLocation, useNavigate } from '@shian/router';
import { useModulePath } from './module';
import { ArticlesPage } from './pages/ArticlesPage';
import { OpinionBoardPage } from './pages/OpinionBoardPage';
import { OpinionEventPage } from './pages/OpinionEventPage';
import { OutreachPage } from './pages/OutreachPage';

const SECTIONS = [
  { key: '/', label: '科普与辟谣' },
  { key: '/opinions', label: '舆情处置' },
  { key: '/outreach', label: '宣传活动' },
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
      aria-label="宣传与舆情"
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
        <Route index element={<ArticlesPage />} />
        <Route path="opinions" element={<OpinionBoardPage />} />
        <Route path="opinions/:id" element={<OpinionEventPage />} />
        <Route path="outreach" element={<OutreachPage />} />
      </Routes>
    </>
  );
}
