import { spawn } from 'node:child_process';
import { ChildProcesses, run, track } from '@wallet/cluster';

/**
 * The recovery drill stops every program it started before it removes their files: ChildProcesses
 * counts whatever the work spawns (here through the package's run(), as pg_ctl and psql are run),
 * stops them all, and stops at once anything started after that.
 */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the child processes of a piece of work', () => {
  it('are all stopped by stopAll, and only resolves once they have exited', async () => {
    const children = new ChildProcesses();
    // run() rejects when its program is killed: kept to be awaited at the end.
    const runs = await children.within(async () => [
      run('sleep', ['60']).catch(() => 'stopped'),
      run('sleep', ['61']).catch(() => 'stopped'),
    ]);
    const pids = children.pids;
    expect(pids).toHaveLength(2);
    expect(pids.map(alive)).toEqual([true, true]);
    await children.stopAll(5_000);
    expect(pids.map(alive)).toEqual([false, false]);
    expect(children.pids).toEqual([]);
    expect(await Promise.all(runs)).toEqual(['stopped', 'stopped']);
  });

  it('stops a program started after stopAll began, and counts nothing started outside the work', async () => {
    const children = new ChildProcesses();
    await children.stopAll();
    const exited = await children.within(async () => {
      const late = track(spawn('sleep', ['60']));
      return new Promise((resolve) => late.once('exit', (_code, signal) => resolve(signal)));
    });
    expect(exited).toBe('SIGTERM');

    const outside = track(spawn('sleep', ['60']));
    expect(children.pids).toEqual([]);
    outside.kill('SIGKILL');
  });
});
