/**
 * `pnpm --filter @shian/gateway trusted-operations [file]`: every frontend's persisted operations and the services'
 * own in one manifest (default `dist/trusted-operations.json`), for a gateway deployed without the frontends'
 * sources: `TRUSTED_OPERATIONS_FILE=<file> NODE_ENV=production pnpm start`. Run it after building the frontends.
 * `pnpm compose` writes the same file beside the supergraph; this writes only the manifest.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeArtifact } from './reload';
import { collectTrustedManifest, parseTrustedManifest } from './trusted';

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(gatewayDir, 'dist', 'trusted-operations.json'));
// The checks a gateway applies before it loads a manifest: ship nothing it would refuse.
const { manifest, trusted } = parseTrustedManifest(
  JSON.stringify(collectTrustedManifest(path.resolve(gatewayDir, '../..'))),
);
writeArtifact(out, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${trusted.size} trusted operations → ${path.relative(process.cwd(), out)}`);
