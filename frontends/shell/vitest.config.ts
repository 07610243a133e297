import { frontendVitestConfig } from '@shian/frontend-config/vitest';

export default frontendVitestConfig({ setupFiles: ['./test/setup.ts'] });
