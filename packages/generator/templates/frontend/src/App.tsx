import { defineRemote } from '@shian/remote-kit';
import en from './messages/en.json';
import { PAGES } from './routes';

/** __label__: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ module: '__name__', label: '__label__', pages: PAGES, messages: { en } });

export default remote.App;
