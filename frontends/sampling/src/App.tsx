import { defineRemote } from '@shian/remote-kit';
import en from './messages/en.json';
import { ModuleRoutes } from './routes';

/** 抽检监测: the module the shell loads (`./App`), its standalone page (main.tsx) and its pages' module context. */
export const remote = defineRemote({ label: '抽检监测', routes: ModuleRoutes, messages: { en } });

export default remote.App;
