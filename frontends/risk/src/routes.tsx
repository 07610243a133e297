import { Route, Routes } from '@shian/router';
import { RecordsPage } from './pages/RecordsPage';

/** The module's pages, relative to where it is mounted. Add a route per page (src/pages/, one file each). */
export function ModuleRoutes() {
  return (
    <Routes>
      <Route index element={<RecordsPage />} />
    </Routes>
  );
}
