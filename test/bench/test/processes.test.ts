import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_DIR, startNode, stopRunning } from '../src/processes';

/** Whether `pid` is a live process (a zombie waiting for its parent to reap it is not). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(test: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!test() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return test();
}

// A part's process may start processes of its own (a worker) in its group, which can outlive it; main.ts stops
// whatever a part left running before the next part measures.
describe.skipIf(process.platform !== 'linux')('stopping what a part started', () => {
  it('stops a started process with the group it started, even a member that ignores SIGTERM', async () => {
    const name = `stop-test-${process.pid}`;
    // The worker ignores SIGTERM, as a busy or careless one may: only SIGKILL to the group ends it. It says so
    // (into the leader's log) once its handler is in place.
    const worker =
      "process.on('SIGTERM', () => {}); console.log('worker ' + process.pid); setInterval(() => {}, 1000);";
    const leader = `const { spawn } = require('node:child_process');
      spawn(process.execPath, ['-e', ${JSON.stringify(worker)}], { stdio: 'inherit' });
      setInterval(() => {}, 1000);`;
    const started = startNode(name, ['-e', leader], { cwd: os.tmpdir(), port: 0, env: {} });
    const log = path.join(LOG_DIR, `${name}.log`);
    const workerPid = () => {
      try {
        return Number(/worker (\d+)/.exec(readFileSync(log, 'utf8'))?.[1] ?? 0);
      } catch {
        return 0; // the log is not written yet
      }
    };
    expect(await until(() => workerPid() > 0)).toBe(true);
    const pid = workerPid();
    expect(alive(started.pid) && alive(pid)).toBe(true);

    expect(await stopRunning()).toEqual([name]);
    expect(await until(() => !alive(pid) && !alive(started.pid))).toBe(true);
    // Stopped once, it is no longer among the running.
    expect(await stopRunning()).toEqual([]);
    rmSync(log, { force: true });
  });
});
