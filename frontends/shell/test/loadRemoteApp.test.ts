// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { describe, expect, it, vi } from 'vitest';
import { roleLabel } from '../src/domains';
import { loadRemoteApp } from '../src/remote/loadRemoteApp';

describe('loadRemoteApp', () => {
  it('gives up after the timeout with a message in Chinese', async () => {
    const never = () => new Promise<unknown>(() => {});
    await expect(loadRemoteApp('shian_slow', 20, never)).rejects.toThrow('模块加载超时');
  });

  it('turns a failed load into a message in Chinese and tries again next time', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    await expect(loadRemoteApp('shian_dead', 1000, failing)).rejects.toThrow('模块加载失败');
    const App = () => null;
    await expect(loadRemoteApp('shian_dead', 1000, async () => ({ default: App }))).resolves.toBe(App);
    // Cached once loaded.
    await expect(loadRemoteApp('shian_dead', 1000, failing)).resolves.toBe(App);
    expect(failing).toHaveBeenCalledOnce();
  });
});

describe('roleLabel', () => {
  it('labels roles and departments in Chinese', () => {
    expect(roleLabel({ role: 'officer' })).toBe('执法人员');
    expect(roleLabel({ role: 'partner', department: 'police' })).toBe('协作部门 · 公安');
  });
});
