import { partnerDemoPort } from '@shian/platform';
import { createPartnerDemoServer, partnerDemoConfig } from './server';

const port = partnerDemoPort();
const config = partnerDemoConfig();
const server = createPartnerDemoServer(config).listen(port, () =>
  console.log(`partner demo on http://localhost:${port}/ (module ${config.moduleUrl}, gateway ${config.gatewayUrl})`),
);
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
