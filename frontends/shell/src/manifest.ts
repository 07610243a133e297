import { registerRemotes } from '@module-federation/runtime';

/** `GET /remotes.json`, written by the shell's server from the environment when it starts. */
export interface RemotesManifest {
  gatewayUrl: string;
  remotes: Record<string, { name: string; entry: string; url: string; label?: string }>;
  /** Where people sign in (OpenID Connect, code + PKCE); absent only in tests that never sign in. */
  oidc?: { issuer: string; clientId: string; scope: string };
}

// Message keys: the start-up error panel translates them (ui-kit's errorText).
const UNREADABLE = '无法读取模块清单,请稍后刷新页面';
const MALFORMED = '模块清单格式错误';

export async function fetchManifest(fetchImpl: typeof fetch = fetch): Promise<RemotesManifest> {
  const response = await fetchImpl('/remotes.json', { cache: 'no-store' });
  if (!response.ok) {
    console.error(`remotes.json answered HTTP ${response.status}`);
    throw new Error(UNREADABLE);
  }
  const manifest = (await response.json()) as Partial<RemotesManifest>;
  if (typeof manifest.gatewayUrl !== 'string' || typeof manifest.remotes !== 'object' || !manifest.remotes) {
    throw new Error(MALFORMED);
  }
  return manifest as RemotesManifest;
}

/** Tells the federation runtime where each deployed remote lives. */
export function registerManifest(manifest: RemotesManifest): void {
  registerRemotes(
    Object.values(manifest.remotes).map((remote) => ({ name: remote.name, entry: remote.entry, type: 'module' })),
  );
}
