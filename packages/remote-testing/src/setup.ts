import { configure } from '@testing-library/dom';
import { i18n } from '@shian/ui-kit';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Every remote's vitest setup. antd under happy-dom renders slowly when turbo runs many test tasks on a small machine:
// testing-library's default 1 s for findBy*/waitFor then fails a page that is merely slow, not wrong (a lazily
// loaded chart took over 5 s at load 20). Tests stay within vitest's 20 s per test.
configure({ asyncUtilTimeout: 15_000 });

// After each test of every file: the rendered pages unmounted, the gateway stub (`stubGateway`'s fetch) and any
// other stubbed global put back, every `vi.spyOn` undone (a spied `console.error` or `URL.createObjectURL`), the
// clock real again and the UI's language Chinese again (a page rendered in English switches it for the whole
// process), so that no test sees another's. A suite runs its files in one module graph (no per-file isolation: see
// @shian/frontend-config's vitest.js), so what one file leaves behind, the next one would meet.
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  await i18n.changeLanguage('zh-CN');
});
