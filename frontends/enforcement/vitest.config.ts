import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts: tests need no federation, and this loads without `--configLoader runner`.
export default defineConfig({ test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'] } });
