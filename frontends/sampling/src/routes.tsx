import { Route, Routes } from '@shian/router';
import { ModuleNav, type ModuleSection } from '@shian/remote-kit';
import { CalendarPage } from './pages/CalendarPage';
import { ConsumerRequestsPage } from './pages/ConsumerRequestsPage';
import { DisposalsPage } from './pages/DisposalsPage';
import { InfantFormulaPage } from './pages/InfantFormulaPage';
import { PlanFormPage } from './pages/PlanFormPage';
import { PlansPage } from './pages/PlansPage';
import { RegisterSamplePage } from './pages/RegisterSamplePage';
import { SamplePage } from './pages/SamplePage';
import { SamplesPage } from './pages/SamplesPage';
import { SamplePrint } from './print/SamplePrint';

const SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '抽检样品' },
  { key: '/plans', label: '抽检计划' },
  { key: '/disposals', label: '不合格处置' },
  { key: '/infant-formula', label: '婴配乳粉批批检' },
  { key: '/requests', label: '你点我检' },
  { key: '/calendar', label: '日历与时限' },
];

/** The module's pages, relative to where it is mounted. */
export function ModuleRoutes() {
  return (
    <>
      <ModuleNav sections={SECTIONS} />
      <Routes>
        <Route index element={<SamplesPage />} />
        <Route path="new" element={<RegisterSamplePage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/new" element={<PlanFormPage />} />
        <Route path="disposals" element={<DisposalsPage />} />
        <Route path="infant-formula" element={<InfantFormulaPage />} />
        <Route path="requests" element={<ConsumerRequestsPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path=":id" element={<SamplePage />} />
        <Route path=":id/print" element={<SamplePrint />} />
      </Routes>
    </>
  );
}
