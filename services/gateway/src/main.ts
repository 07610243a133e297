import '@shian/telemetry/register';
import { UnsafeProductionSettings } from '@shian/auth';
import { createLogger, shutdownOnSignals } from '@shian/server';
import { startGateway } from './gateway';
import { reminderSettingsFromEnv, startReminderScheduler } from './reminders/scheduler';

const logger = createLogger('gateway');
try {
  const gateway = await startGateway({ logger });
  // Reminders (daily digest and overdue alerts to the bureau's group robots) run in every replica unless turned
  // off: the entities subgraph's claims make each message go out once.
  const reminders =
    process.env.REMINDERS?.trim() === 'off'
      ? undefined
      : startReminderScheduler({
          run: (query, variables) => gateway.runAsService('reminders', query, variables),
          settings: reminderSettingsFromEnv(process.env),
          logger,
        });
  // The scheduler stops first: a tick in flight finishes (its attempts recorded) while the gateway can still run it.
  const close = gateway.close;
  gateway.close = async () => {
    await reminders?.stop();
    await close();
  };
  shutdownOnSignals(gateway, logger);
} catch (error) {
  if (!(error instanceof UnsafeProductionSettings)) throw error;
  // The message names every variable to fix; a stack trace would only bury it.
  console.error(error.message);
  process.exit(1);
}
