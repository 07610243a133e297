import { startGateway } from '@shian/gateway';
import { peerSettings } from './common';

/**
 * Our gateway with Apollo's plan as is: every `_entities` fetch sent, none answered from what the operation has
 * already read (`reuseEntities: false`, services/gateway/src/entity-reuse.ts). Run beside ours in the same round,
 * it is the before of that change. It signs its own gateway credential, as ours does; rate limits off, as ours; the
 * bench's NODE_ENV and trusted operations, as ours.
 */
const { supergraphSdl, port, urls } = peerSettings();
await startGateway({
  port,
  host: '127.0.0.1',
  supergraphSdl,
  subgraphUrls: urls,
  reuseEntities: false,
  env: { ...process.env, RATE_LIMIT_USER_PER_MIN: '0', RATE_LIMIT_IP_PER_MIN: '0' },
});
console.log(`ours (plan as is) ready on port ${port}`);
