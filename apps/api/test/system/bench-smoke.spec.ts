import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../support/product';

/**
 * `pnpm bench` and `pnpm bench:ladder` for two seconds a workload, so neither can rot. They assert that
 * each ran, that every row counts transfers and that every transfer was answered 2xx, never how fast:
 * speed is written down, not tested.
 */

/** A benchmark script's whole output; it must exit 0. */
async function runBench(script: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'bench', script)], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        BENCH_DURATION: '2',
        BENCH_WARMUP: '1',
        BENCH_WALLETS: '20',
        BENCH_CONNECTIONS: '4',
        BENCH_PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
    });
    child.stderr.on('data', (chunk) => {
      text += chunk;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${script} exited ${code}:\n${text}`)),
    );
  });
}

/** The table's row of one workload and rung: transfers/s, transfers, non-2xx and pgbench's figure. */
function row(output: string, workload: string, rung: string) {
  const match = new RegExp(
    `^\\| ${workload} \\| ${rung} \\| (\\d+) \\| [\\d.]+ \\| [^|]* \\| [\\d.]+ \\| [\\d.]+ \\| (\\d+) \\| (\\d+) \\| [\\d, ]+ \\| (\\d+|skipped) \\| [^|]+ \\|$`,
    'm',
  ).exec(output);
  // The benchmark's whole output rides along, so a failure shows what it printed.
  expect({ match, output }).toEqual({ match: expect.anything(), output });
  const [, perSecond, transfers, non2xx, sql] = match ?? [];
  return { perSecond: Number(perSecond), transfers: Number(transfers), non2xx: Number(non2xx), sql };
}

it('runs the benchmark end to end: the product (rung g) against pgbench, every transfer answered 2xx', async () => {
  const output = await runBench('bench.mjs', {});
  expect(output).toMatch(/^database: (PostgreSQL 15\.\d+ .*from Debian|the embedded PostgreSQL)/m);
  for (const workload of ['uniform', 'hot']) {
    const { perSecond, transfers, non2xx, sql } = row(output, workload, 'g');
    expect(perSecond).toBeGreaterThan(0);
    expect(transfers).toBeGreaterThan(0);
    expect({ workload, non2xx, output }).toEqual({ workload, non2xx: 0, output });
    expect(Number(sql)).toBeGreaterThan(0);
  }
  expect(output).toMatch(/^money conserved: /m);
}, 120_000);

it('runs the ladder end to end for rungs a and e, every transfer answered 2xx', async () => {
  const output = await runBench('ladder.mjs', { BENCH_RUNGS: 'a,e', BENCH_SQL: '0' });
  expect(output).toMatch(/^ {2}a: node:http \+ pg\.Pool.*\[ONE process, no node:cluster/m);
  for (const workload of ['uniform', 'hot']) {
    for (const rung of ['a', 'e']) {
      const { transfers, non2xx } = row(output, workload, rung);
      expect(transfers).toBeGreaterThan(0);
      // The output rides along: a failure shows which rung answered what.
      expect({ workload, rung, non2xx, output }).toEqual({ workload, rung, non2xx: 0, output });
    }
  }
  expect(output).toMatch(/^money conserved: /m);
}, 120_000);
