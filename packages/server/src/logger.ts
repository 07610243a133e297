import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * One JSON log format for every process: pino to stdout, level from LOG_LEVEL.
 * Under vitest the default is `silent` so that test output stays readable; set LOG_LEVEL to see the logs.
 */
export function createLogger(name: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env.LOG_LEVEL || (env.VITEST ? 'silent' : 'info');
  return pino({ name, level });
}
