import { Route, Routes } from '@shian/router';
import { ModuleNav, type ModuleSection } from '@shian/remote-kit';
import { ArticlesPage } from './pages/ArticlesPage';
import { OpinionBoardPage } from './pages/OpinionBoardPage';
import { OpinionEventPage } from './pages/OpinionEventPage';
import { OutreachPage } from './pages/OutreachPage';

const SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '科普与辟谣' },
  { key: '/opinions', label: '舆情处置' },
  { key: '/outreach', label: '宣传活动' },
];

/** The module's pages, relative to where it is mounted. */
export function ModuleRoutes() {
  return (
    <>
      <ModuleNav sections={SECTIONS} />
      <Routes>
        <Route index element={<ArticlesPage />} />
        <Route path="opinions" element={<OpinionBoardPage />} />
        <Route path="opinions/:id" element={<OpinionEventPage />} />
        <Route path="outreach" element={<OutreachPage />} />
      </Routes>
    </>
  );
}
