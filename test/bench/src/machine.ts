import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** What the figures were measured on, and how busy it was: they mean little without it. */
export function describeMachine() {
  const cpus = os.cpus();
  let processes = 0;
  try {
    processes = execFileSync('ps', ['-e', '--no-headers'], { encoding: 'utf8' }).trim().split('\n').length;
  } catch {
    // ps missing: the count stays unknown
  }
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    processes,
    date: new Date().toISOString(),
  };
}

export type Machine = ReturnType<typeof describeMachine>;
