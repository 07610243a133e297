import { readFileSync } from 'node:fs';

/**
 * A peer gateway process reads its settings from the environment: the supergraph file, the port, and the URL of
 * each subgraph (`SUBGRAPH_URL_<NAME>`), which replaces the URL composed into the supergraph, so that every gateway
 * of a run calls the same subgraph processes; and the gateway credential each subgraph requires
 * (`SUBGRAPH_CREDENTIAL_<NAME>`, signed by the bench for the whole run: peers cannot sign our credentials).
 */
export function peerSettings() {
  const file = process.env.SUPERGRAPH_FILE;
  const port = Number(process.env.PORT);
  if (!file || !port) throw new Error('SUPERGRAPH_FILE and PORT are required');
  const urls: Record<string, string> = {};
  const credentials: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('SUBGRAPH_URL_') && value) urls[key.slice('SUBGRAPH_URL_'.length).toLowerCase()] = value;
    if (key.startsWith('SUBGRAPH_CREDENTIAL_') && value) {
      credentials[key.slice('SUBGRAPH_CREDENTIAL_'.length).toLowerCase()] = value;
    }
  }
  return { supergraphSdl: withUrls(readFileSync(file, 'utf8'), urls), port, urls, credentials };
}

/** Rewrites `@join__graph(name: "x", url: "…")` to the given URLs. */
export function withUrls(supergraphSdl: string, urls: Record<string, string>): string {
  return supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}
