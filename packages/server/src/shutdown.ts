import type { Logger } from './logger';
import type { HttpApp } from './serve';

/**
 * On SIGINT or SIGTERM: stop accepting, let in-flight requests finish, close the apps and `extra`
 * (databases, …), then exit 0. A second signal exits at once with 1, for the impatient Ctrl-C.
 */
export function shutdownOnSignals(apps: HttpApp[] | HttpApp, logger: Logger, extra?: () => Promise<void>): void {
  const list = Array.isArray(apps) ? apps : [apps];
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    void Promise.all(list.map((app) => app.close()))
      .then(() => extra?.())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
