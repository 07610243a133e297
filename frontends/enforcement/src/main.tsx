import { remote } from './App';

// The remote on its own (`pnpm dev`, or its port after `start`): the shell never loads this file.
remote.standalone(import.meta.env.VITE_GATEWAY_URL);
