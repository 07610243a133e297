import { defineRemote } from '@shian/remote-kit';
import { ModuleRoutes } from './routes';

/** 抽检监测: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ label: '抽检监测', routes: ModuleRoutes });

export default remote.App;
