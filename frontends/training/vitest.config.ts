import { frontendVitestConfig } from '@shian/frontend-config/vitest';

export default frontendVitestConfig();
