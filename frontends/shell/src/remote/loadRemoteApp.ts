import { loadRemote } from '@module-federation/runtime';
import type { ComponentType } from 'react';

// The errors' messages are message keys: the panel that shows them translates (ui-kit's errorText), so they stay
// in Chinese here whatever the language.
const TIMED_OUT = '模块加载超时,请稍后重试';
const NOTHING_TO_SHOW = '模块未提供可显示的页面';
const UNREACHABLE = '模块加载失败:无法连接该模块的服务,请稍后重试';

/** What every remote's `./App` is: a React component mounted under `basePath`, sharing the shell's client. */
export interface RemoteAppProps {
  gatewayUrl: string;
  token: string;
  basePath: string;
}

export const LOAD_TIMEOUT_MS = 15_000;

const loaded = new Map<string, ComponentType<RemoteAppProps>>();

/** Forgets loaded remotes (tests). */
export const clearLoadedRemotes = () => loaded.clear();

export class RemoteLoadError extends Error {
  override name = 'RemoteLoadError';
}

/**
 * Loads `<name>/App`, giving up after `timeoutMs` (a remote whose server hangs must not hang the shell). Only
 * successes are cached, so 重试 tries again.
 */
export async function loadRemoteApp(
  federationName: string,
  timeoutMs = LOAD_TIMEOUT_MS,
  load: (id: string) => Promise<unknown> = (id) => loadRemote(id),
): Promise<ComponentType<RemoteAppProps>> {
  const cached = loaded.get(federationName);
  if (cached) return cached;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RemoteLoadError(TIMED_OUT)), timeoutMs);
  });
  try {
    const module = (await Promise.race([load(`${federationName}/App`), timeout])) as
      | { default?: ComponentType<RemoteAppProps> }
      | ComponentType<RemoteAppProps>
      | null
      | undefined;
    const component = module && typeof module === 'object' && 'default' in module ? module.default : module;
    if (typeof component !== 'function' && typeof component !== 'object') {
      throw new RemoteLoadError(NOTHING_TO_SHOW);
    }
    loaded.set(federationName, component as ComponentType<RemoteAppProps>);
    return component as ComponentType<RemoteAppProps>;
  } catch (error) {
    if (error instanceof RemoteLoadError) throw error;
    console.error(`remote ${federationName} failed to load`, error);
    throw new RemoteLoadError(UNREACHABLE);
  } finally {
    clearTimeout(timer);
  }
}
