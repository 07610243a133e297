import { defineRemote } from '@shian/remote-kit';
import en from './messages/en.json';
import { PAGES } from './routes';

/**
 * Texts whose Chinese is also a key with another meaning in the one catalog every package shares: 不予处理 is a
 * report's status (Dismissed) and the triage action (Dismiss). The action goes through an i18next context, entered
 * here because the catalog check knows no contexts.
 */
const CONTEXTS = { 不予处理_action: 'Dismiss' };

/** 主体与属地: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({
  module: 'entities',
  label: '主体与属地',
  pages: PAGES,
  messages: { en: { ...en, ...CONTEXTS } },
});

export default remote.App;
