import '@shian/telemetry/register';
import { UnsafeProductionSettings } from '@shian/auth';
import { createLogger, shutdownOnSignals } from '@shian/server';
import { startGateway } from './gateway';

const logger = createLogger('gateway');
try {
  const gateway = await startGateway({ logger });
  shutdownOnSignals(gateway, logger);
} catch (error) {
  if (!(error instanceof UnsafeProductionSettings)) throw error;
  // The message names every variable to fix; a stack trace would only bury it.
  console.error(error.message);
  process.exit(1);
}
