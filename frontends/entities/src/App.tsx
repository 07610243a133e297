import { defineRemote } from '@shian/remote-kit';
import { ModuleRoutes } from './routes';

/** 主体与属地: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ label: '主体与属地', routes: ModuleRoutes });

export default remote.App;
