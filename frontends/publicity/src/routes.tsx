import type { ModulePages } from '@shian/remote-kit';
import { ArticlesPage } from './pages/ArticlesPage';
import { OpinionBoardPage } from './pages/OpinionBoardPage';
import { OpinionEventPage } from './pages/OpinionEventPage';
import { OutreachPage } from './pages/OutreachPage';

/** The module's pages, relative to where it is mounted, in the order of its menu. */
export const PAGES: ModulePages = [
  { path: '', page: ArticlesPage, section: '科普与辟谣' },
  { path: 'opinions', page: OpinionBoardPage, section: '舆情处置', subpages: { ':id': OpinionEventPage } },
  { path: 'outreach', page: OutreachPage, section: '宣传活动' },
];
