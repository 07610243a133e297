import { defineRemote } from '@shian/remote-kit';
import en from './messages/en.json';
import { PAGES } from './routes';

/**
 * Texts whose Chinese means two things here: 升级上报 and 办结 name a stage ("Escalated", "Closed") and the move into
 * it. The move is an i18next context, entered here because the catalog check knows no contexts.
 */
const CONTEXTS = { 升级上报_action: 'Escalate', 办结_action: 'Close' };

/** 宣传与舆情: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({
  module: 'publicity',
  label: '宣传与舆情',
  pages: PAGES,
  messages: { en: { ...en, ...CONTEXTS } },
});

export default remote.App;
