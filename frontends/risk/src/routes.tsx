import { Route, Routes } from '@shian/router';
import { ModuleNav, type ModuleSection, useIsPartner } from '@shian/remote-kit';
import { ConsultationsPage } from './pages/ConsultationsPage';
import { DrillsPage } from './pages/DrillsPage';
import { DutiesPage } from './pages/DutiesPage';
import { IncidentPage } from './pages/IncidentPage';
import { IncidentsPage } from './pages/IncidentsPage';
import { InvestigationPage, InvestigationsPage } from './pages/InvestigationsPage';
import { RiskPage } from './pages/RiskPage';
import { RisksPage } from './pages/RisksPage';

const BUREAU_SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '风险清单' },
  { key: '/duties', label: '责任清单' },
  { key: '/investigations', label: '隐患排查' },
  { key: '/consultations', label: '会商研判' },
  { key: '/incidents', label: '突发事件' },
  { key: '/drills', label: '应急演练' },
];

// A partner department sees only the consultations and incidents that name it (the subgraph enforces it).
const PARTNER_SECTIONS: readonly ModuleSection[] = [
  { key: '/', label: '突发事件' },
  { key: '/consultations', label: '会商研判' },
];

/** The module's pages, relative to where it is mounted; a partner gets only what may be shared with it. */
export function ModuleRoutes() {
  if (useIsPartner())
    return (
      <>
        <ModuleNav sections={PARTNER_SECTIONS} />
        <Routes>
          <Route index element={<IncidentsPage />} />
          <Route path="incidents" element={<IncidentsPage />} />
          <Route path="incidents/:id" element={<IncidentPage />} />
          <Route path="consultations" element={<ConsultationsPage />} />
          <Route path="*" element={<IncidentsPage />} />
        </Routes>
      </>
    );
  return (
    <>
      <ModuleNav sections={BUREAU_SECTIONS} />
      <Routes>
        <Route index element={<RisksPage />} />
        <Route path="risks" element={<RisksPage />} />
        <Route path="risks/:id" element={<RiskPage />} />
        <Route path="duties" element={<DutiesPage />} />
        <Route path="investigations" element={<InvestigationsPage />} />
        <Route path="investigations/:id" element={<InvestigationPage />} />
        <Route path="consultations" element={<ConsultationsPage />} />
        <Route path="incidents" element={<IncidentsPage />} />
        <Route path="incidents/:id" element={<IncidentPage />} />
        <Route path="drills" element={<DrillsPage />} />
      </Routes>
    </>
  );
}
