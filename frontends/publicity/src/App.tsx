import { defineRemote } from '@shian/remote-kit';
import { ModuleRoutes } from './routes';

/** 宣传与舆情: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ label: '宣传与舆情', routes: ModuleRoutes });

export default remote.App;
