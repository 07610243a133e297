import { registerRemotes } from '@module-federation/runtime';

/** `GET /remotes.json`, written by the shell's server from the environment when it starts. */
export interface RemotesManifest {
  gatewayUrl: string;
  remotes: Record<string, { name: string; entry: string; url: string; label?: string }>;
  /** Where people sign in (OpenID Connect, code + PKCE); absent only in tests that never sign in. */
  oidc?: { issuer: string; clientId: string; scope: string };
}

export async function fetchManifest(fetchImpl: typeof fetch = fetch): Promise<RemotesManifest> {
  const response = await fetchImpl('/remotes.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`无法读取模块清单(HTTP ${response.status})`);
  const manifest = (await response.json()) as Partial<RemotesManifest>;
  if (typeof manifest.gatewayUrl !== 'string' || typeof manifest.remotes !== 'object' || !manifest.remotes) {
    throw new Error('模块清单格式错误');
  }
  return manifest as RemotesManifest;
}

/** Tells the federation runtime where each deployed remote lives. */
export function registerManifest(manifest: RemotesManifest): void {
  registerRemotes(
    Object.values(manifest.remotes).map((remote) => ({ name: remote.name, entry: remote.entry, type: 'module' })),
  );
}
