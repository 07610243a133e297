import { defineRemote } from '@shian/remote-kit';
import { PAGES } from './routes';

/** __label__: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ label: '__label__', pages: PAGES });

export default remote.App;
