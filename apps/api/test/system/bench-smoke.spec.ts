import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../support/product';

/**
 * `pnpm bench` for two seconds a workload, so the benchmark cannot rot. It asserts that it ran and that
 * every transfer was answered 2xx, never how fast: speed is written down, not tested.
 */
it('runs the benchmark end to end and prints its table, with every transfer answered 2xx', async () => {
  const port = await freePort();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'bench', 'bench.mjs')], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        BENCH_DURATION: '2',
        BENCH_WALLETS: '20',
        BENCH_CONNECTIONS: '4',
        BENCH_PORT: String(port),
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
      code === 0 ? resolve(text) : reject(new Error(`bench exited ${code}:\n${text}`)),
    );
  });
  for (const workload of ['uniform', 'hot']) {
    const row = new RegExp(
      `^\\| ${workload} \\| (\\d+) \\(\\w+\\) \\| [\\d.]+ \\| [\\d.]+ \\| (\\d+) \\| (\\d+) `,
      'm',
    ).exec(output);
    // The benchmark's whole output rides along, so a failure shows what it printed.
    expect({ row, output }).toEqual({ row: expect.anything(), output });
    const [, api, non2xx, sql] = row ?? [];
    expect(Number(api)).toBeGreaterThan(0);
    expect(Number(non2xx)).toBe(0);
    expect(Number(sql)).toBeGreaterThan(0);
  }
}, 120_000);
