import type { ModulePages } from '@shian/remote-kit';
import { RecordsPage } from './pages/RecordsPage';

/**
 * The module's pages, relative to where it is mounted, in the order of its menu (remote-kit's `ModulePage`: a page
 * per file in src/pages/, its `section` in the menu, the pages below it as `subpages`).
 */
export const PAGES: ModulePages = [{ path: '', page: RecordsPage, section: '__label__记录' }];
