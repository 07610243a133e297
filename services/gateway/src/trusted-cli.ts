/**
 * `pnpm --filter @shian/gateway trusted-operations [file]`: every frontend's persisted operations in one manifest
 * (default `dist/trusted-operations.json`), for a gateway deployed without the frontends' sources:
 * `TRUSTED_OPERATIONS_FILE=<file> NODE_ENV=production pnpm start`. Run it after building the frontends.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectTrustedManifest, trustedOperations } from './trusted';

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(gatewayDir, 'dist', 'trusted-operations.json'));
const manifest = collectTrustedManifest(path.resolve(gatewayDir, '../..'));
trustedOperations(manifest); // every document must parse before it is shipped
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${Object.keys(manifest).length} trusted operations → ${path.relative(process.cwd(), out)}`);
