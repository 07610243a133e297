import { afterEach, vi } from 'vitest';
import { loadRemote, registerRemotes } from './federation';

// Before every file of the shell's suite: its files share one module graph (the shell's modules are loaded once, for
// the first file), so a module replaced for one file is replaced for all of them, here. The federation runtime
// fetches no remote (test/federation.ts), and the dashboard's chart is a placeholder (ECharts draws on a canvas that
// happy-dom does not have).
vi.mock('@module-federation/runtime', () => import('./federation'));
vi.mock('echarts-for-react/esm/core', () => import('./echart'));

afterEach(() => {
  loadRemote.mockReset();
  registerRemotes.mockReset();
});
