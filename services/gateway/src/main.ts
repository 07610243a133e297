import { createLogger, shutdownOnSignals } from '@shian/server';
import { startGateway } from './gateway';

const logger = createLogger('gateway');
const gateway = await startGateway({ logger });
shutdownOnSignals(gateway, logger);
