import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The `pnpm cluster` command line as pnpm hands it over: `pnpm cluster:down -- --purge` reaches the CLI as
 * `down -- --purge`. Only what needs no cluster running (the suite in cluster.spec.ts starts a real one).
 */
const CLI = path.join(__dirname, '..', '..', '..', '..', 'packages', 'cluster', 'dist', 'cli.js');

function cli(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-cluster-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('reads the options after the -- that pnpm passes on', async () => {
  expect(await cli('down', '--', '--purge', '--dir', dir)).toEqual({
    code: 0,
    out: `[cluster] nothing to stop in ${dir}\n`,
  });
  expect(await cli('status', '--', '--dir', dir)).toEqual({
    code: 1,
    out: `[cluster] no cluster in ${dir}\n`,
  });
});

it('refuses to resize or move a cluster that is set up, and says how to start over', async () => {
  const state = { basePort: 8080, nodes: 3, apiEntry: '', env: {}, nodePids: [null, null, null], routed: [] };
  await writeFile(path.join(dir, 'cluster.json'), JSON.stringify(state));
  const resized = await cli('up', '--', '--nodes', '5', '--dir', dir);
  expect(resized.code).toBe(2);
  expect(resized.out).toContain('A cluster of 3 nodes on port 8080 is set up');
  expect(resized.out).toContain('pnpm cluster:down -- --purge');
  expect((await cli('up', '--', '--port', '9000', '--dir', dir)).code).toBe(2);
  expect((await cli('up', '--', '--nodes', 'many', '--dir', dir)).code).toBe(2);
});
