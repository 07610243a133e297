import { frontendVitestConfig } from '@shian/frontend-config/vitest';

// The kit's components run in the remotes' pages: their tests run as a frontend's do.
export default frontendVitestConfig();
