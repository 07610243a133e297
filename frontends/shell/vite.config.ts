import { fileURLToPath } from 'node:url';
import { shellConfig } from '@shian/frontend-config';
import { defineConfig } from 'vite';

export default defineConfig(shellConfig({ dir: fileURLToPath(new URL('.', import.meta.url)) }));
