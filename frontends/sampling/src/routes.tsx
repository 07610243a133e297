import type { ModulePages } from '@shian/remote-kit';
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

/** The module's pages, relative to where it is mounted, in the order of its menu. */
export const PAGES: ModulePages = [
  {
    path: '',
    page: SamplesPage,
    section: '抽检样品',
    subpages: { new: RegisterSamplePage, ':id': SamplePage, ':id/print': SamplePrint },
  },
  { path: 'plans', page: PlansPage, section: '抽检计划', subpages: { new: PlanFormPage } },
  { path: 'disposals', page: DisposalsPage, section: '不合格处置' },
  { path: 'infant-formula', page: InfantFormulaPage, section: '婴配乳粉批批检' },
  { path: 'requests', page: ConsumerRequestsPage, section: '你点我检' },
  { path: 'calendar', page: CalendarPage, section: '日历与时限' },
];
