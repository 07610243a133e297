import { startIdp } from './server';

const idp = await startIdp();
console.log(`development OpenID provider on ${idp.issuer} (port ${idp.port})`);
const stop = () => void idp.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
