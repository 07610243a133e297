import { frontendVitestConfig } from '@shian/frontend-config/vitest';

// remote-testing's excel setup: every export's rows land in `saved` instead of a file, whatever a test imports first.
export default frontendVitestConfig({ setupFiles: ['@shian/remote-testing/excel'] });
