import { defineRemote } from '@shian/remote-kit';
import en from './messages/en.json';
import { PAGES } from './routes';

/**
 * Texts whose Chinese is also a key with another meaning in the one catalog every package shares (删除 is an audit
 * row's kind in ui-kit, "Deleted"; 合格/不合格 a sample's verdict): shown through an i18next context, entered here
 * because the catalog check knows no contexts.
 */
const CONTEXTS = { 删除_action: 'Delete', 合格_people: 'Passed', 不合格_people: 'Failed' };

/** 培训考核: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({
  module: 'training',
  label: '培训考核',
  pages: PAGES,
  messages: { en: { ...en, ...CONTEXTS } },
});

export default remote.App;
