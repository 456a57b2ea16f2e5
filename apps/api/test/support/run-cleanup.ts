import { readdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * Every process a test run starts (API processes, CLIs, PostgreSQL servers, whatever they start in turn)
 * inherits this variable with the run's id, so the run can find and end them all when it is over or
 * interrupted, even those whose parent died; and every temp folder goes under the run's own folder.
 */
export const RUN_MARKER = 'WALLET_TEST_RUN';

/** Processes (not `except`) whose environment carries this run's marker: read from /proc. */
export function markedProcesses(runId: string, except: Set<number>): number[] {
  const wanted = `${RUN_MARKER}=${runId}`;
  const found: number[] = [];
  for (const entry of safeReaddir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || except.has(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(wanted)) continue;
      // Jest's own workers carry the marker too (they are started after it is set): they end with Jest.
      if (readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('jest-worker')) continue;
      found.push(pid);
    } catch {
      // gone already, or not ours to read
    }
  }
  return found;
}

/** SIGKILLs what the run left running and removes its temp folder. Safe to call more than once. */
export function sweepRun(runId: string, tmpRoot: string, except: Set<number>): number[] {
  const left = markedProcesses(runId, except);
  for (const pid of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // it ended on its own meanwhile
    }
  }
  rmSync(tmpRoot, { recursive: true, force: true });
  return left;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
