// Processes: running tools to their end, starting servers that are always stopped, and reading a
// server's CPU time and memory from /proc (its own process and its direct children: node:cluster workers).
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { onCleanup } from './cleanup.mjs';

/** Runs a program to its end and returns its output (stdout and stderr); rejects when it fails. */
export function run(command, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stop = onCleanup(
      async () => child.kill('SIGKILL'),
      () => child.kill('SIGKILL'),
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      void stop();
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`));
    });
  });
}

/**
 * Starts a long-running server; `stop()` sends SIGTERM and waits for its exit (SIGKILL after
 * `graceMs`). It is stopped on any way out of the benchmark too.
 */
export function startServer(
  command,
  args,
  { env, stdio = ['ignore', 'inherit', 'inherit'], graceMs = 15_000 },
) {
  const child = spawn(command, args, { env, stdio });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = onCleanup(
    async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    () => child.kill('SIGKILL'),
  );
  return { child, exited, stop };
}

const TICK_MS = 1000 / (Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100);

/** A process's /proc/<pid>/stat fields after the command name (field 3 onwards), or null when gone. */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The process and its direct children (node:cluster's workers), from /proc. */
export function processTree(rootPid) {
  const pids = [rootPid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (fields && Number(fields[1]) === rootPid) pids.push(Number(entry));
  }
  return pids;
}

/** CPU time (user + system, ms) used so far by the process and its direct children. */
export function cpuMs(rootPid) {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    const fields = statFields(pid);
    // utime and stime: fields 14 and 15 of stat, 11 and 12 after the command name.
    if (fields) total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }
  return total;
}

/** Samples the resident set of the process and its children every 500 ms; stop() gives each one's peak MB. */
export function sampleRss(rootPid) {
  const peak = new Map();
  const sample = () => {
    for (const pid of processTree(rootPid)) {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        peak.set(pid, Math.max(peak.get(pid) ?? 0, kb / 1024));
      } catch {}
    }
  };
  sample();
  const timer = setInterval(sample, 500);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return [...peak.entries()].sort(([a], [b]) => a - b).map(([, mb]) => Math.round(mb));
    },
  };
}
