import { fileURLToPath } from 'node:url';
import { remoteConfig } from '@shian/frontend-config';
import { defineConfig } from 'vite';

export default defineConfig(
  remoteConfig({
    domain: 'risk',
    dir: fileURLToPath(new URL('.', import.meta.url)),
    exposes: { './App': './src/App.tsx' },
  }),
);
