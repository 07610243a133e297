import type { ViteUserConfig } from 'vitest/config';

/** A frontend's test config: see vitest.js. `setupFiles` run after `@shian/remote-testing/setup`. */
export function frontendVitestConfig(options?: { setupFiles?: string[] }): ViteUserConfig;
