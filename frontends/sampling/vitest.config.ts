import { frontendVitestConfig } from '@shian/frontend-config/vitest';

// test/excel.ts: every export's rows land in `saved` instead of a file, for the tests to read.
export default frontendVitestConfig({ setupFiles: ['./test/excel.ts'] });
