import { defineRemote } from '@shian/remote-kit';
import { ModuleRoutes } from './routes';

/** 培训考核: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ label: '培训考核', routes: ModuleRoutes });

export default remote.App;
