import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The second door (docs/api.md#embedding-the-enforcement-module): `dist/embed.js`, an ES module any page imports with no build and no React of its own.
 * Everything it needs (React, antd, the GraphQL client) is bundled into it: no Module Federation, no shared scope.
 * Chunks it loads later (the Excel export) sit in `dist/embed/` and resolve against embed.js's own URL.
 */
export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    chunkSizeWarningLimit: 4000,
    lib: { entry: 'src/embed.tsx', formats: ['es'], fileName: () => 'embed.js' },
    rollupOptions: { output: { chunkFileNames: 'embed/[name]-[hash].js' } },
  },
  preview: { cors: true },
});
