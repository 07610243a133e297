import { defineRemote } from '@shian/remote-kit';
import en from './messages/en.json';
import { PAGES } from './routes';

/** 抽检监测: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ module: 'sampling', label: '抽检监测', pages: PAGES, messages: { en } });

export default remote.App;
