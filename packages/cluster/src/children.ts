import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChildProcess } from 'node:child_process';

/**
 * The child processes a piece of work starts, wherever it spawns them (run(), runAsServerUser(), its own
 * spawn()), so that whoever runs the work can stop every one of them: an interrupted recovery drill must
 * not remove its directory while a pgbackrest restore, a migration or a psql it started still runs there.
 */
export class ChildProcesses {
  private readonly running = new Set<ChildProcess>();
  private closed = false;

  /** Runs `work`; every child it tracks (see track()), however deep, counts as this set's. */
  within<T>(work: () => Promise<T>): Promise<T> {
    return scope.run(this, work);
  }

  add(child: ChildProcess): void {
    // Never started (spawn failed: 'error', no 'exit'), or over already.
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    this.running.add(child);
    child.once('exit', () => this.running.delete(child));
    // Started after stopAll() began, by work that had not noticed yet: stopped at once.
    if (this.closed) void stopChildProcess(child, GRACE_MS);
  }

  /** The process ids of those running now. */
  get pids(): number[] {
    return [...this.running].map((child) => child.pid as number);
  }

  /**
   * SIGTERM to each (runuser passes it on to the program it runs), SIGKILL to any still running after
   * `graceMs`; resolves once all have exited. Any child tracked afterwards is stopped as it starts.
   */
  async stopAll(graceMs = GRACE_MS): Promise<void> {
    this.closed = true;
    await Promise.all([...this.running].map((child) => stopChildProcess(child, graceMs)));
  }
}

const GRACE_MS = 10_000;
const scope = new AsyncLocalStorage<ChildProcesses>();

/** Counts `child` as the current work's (ChildProcesses.within); outside any such work, does nothing. */
export function track<T extends ChildProcess>(child: T): T {
  scope.getStore()?.add(child);
  return child;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
export async function stopChildProcess(child: ChildProcess | null, graceMs: number): Promise<void> {
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killed = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(killed);
}
