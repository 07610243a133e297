/**
 * `pnpm --filter @shian/gateway run credential <subgraph> [--ttl <seconds>]`: prints the header a subgraph needs
 * from its caller, signed with the gateway's own key (GATEWAY_SIGNING_KEY / _FILE; the development key outside
 * production), for a developer calling a subgraph directly while debugging:
 *
 *   curl -H "$(pnpm -s --filter @shian/gateway run credential entities)" -H "authorization: Bearer …" …
 */
import {
  GATEWAY_CREDENTIAL_HEADER,
  GatewayKeyError,
  loadGatewaySigningKey,
  MAX_GATEWAY_CREDENTIAL_LIFETIME,
  signGatewayCredential,
} from '@shian/auth';
import { DOMAINS } from '@shian/platform';

const USAGE = `usage: credential <subgraph> [--ttl <seconds>]   (default 3600, at most ${MAX_GATEWAY_CREDENTIAL_LIFETIME})
subgraphs: ${DOMAINS.map((d) => d.name).join(', ')}`;

async function main(args: string[]): Promise<number> {
  const ttlAt = args.indexOf('--ttl');
  const ttl = ttlAt >= 0 ? Number(args[ttlAt + 1]) : 3600;
  const subgraph = args.find((arg, i) => !arg.startsWith('--') && (ttlAt < 0 || i !== ttlAt + 1));
  if (!subgraph || !Number.isInteger(ttl) || ttl <= 0 || ttl > MAX_GATEWAY_CREDENTIAL_LIFETIME) {
    console.error(USAGE);
    return 2;
  }
  if (!DOMAINS.some((d) => d.name === subgraph)) console.error(`note: ${subgraph} is not in DOMAINS`);
  let key: ReturnType<typeof loadGatewaySigningKey>;
  try {
    key = loadGatewaySigningKey();
  } catch (error) {
    if (!(error instanceof GatewayKeyError)) throw error;
    console.error(error.message);
    return 1;
  }
  if (key.development && process.env.NODE_ENV === 'production') {
    console.error(`${key.source}: 生产环境不能使用开发密钥对`);
    return 1;
  }
  console.log(`${GATEWAY_CREDENTIAL_HEADER}: ${await signGatewayCredential(key.key, subgraph, ttl)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
