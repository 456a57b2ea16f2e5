import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';

/**
 * The GitHub Actions workflows cannot run here, so they are checked against GitHub's schema for
 * workflows (action-validator, a WebAssembly build: no download, no network). It is a root
 * devDependency of the repository; this package's tests are where the root `pnpm test` runs it.
 */
const ROOT = path.join(__dirname, '..', '..', '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const CLI = path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');

/** Every problem of every workflow file in a folder, as "file: problem" lines. */
function workflowProblems(dir: string): string[] {
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  return files.flatMap((name) =>
    validateWorkflow(readFileSync(path.join(dir, name), 'utf8')).errors.map(
      (error) => `${name}: ${JSON.stringify(error)}`,
    ),
  );
}

it('every workflow in .github/workflows is valid', () => {
  const files = readdirSync(WORKFLOWS).sort();
  expect(files).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
  expect(workflowProblems(WORKFLOWS)).toEqual([]);
});

it('reports a broken file and a file that is not a workflow', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wallet-workflows-'));
  try {
    writeFileSync(path.join(dir, 'unclosed.yml'), 'name: broken\non: [push\njobs: {}\n');
    writeFileSync(
      path.join(dir, 'misspelt.yml'),
      'name: misspelt\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo hi\n',
    );
    const problems = workflowProblems(dir);
    expect(problems.some((line) => line.startsWith('unclosed.yml:') && line.includes('parse_error'))).toBe(
      true,
    );
    expect(problems.some((line) => line.startsWith('misspelt.yml:') && line.includes("'stepz'"))).toBe(true);

    // The command-line validator a developer runs agrees: exit 1 on the broken file, 0 on ours.
    const broken = spawnSync(process.execPath, [CLI, path.join(dir, 'unclosed.yml')], { encoding: 'utf8' });
    expect(broken.status).toBe(1);
    const ours = spawnSync(process.execPath, [CLI, path.join(WORKFLOWS, 'ci.yml')], { encoding: 'utf8' });
    expect(ours.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('CI runs the test command the README documents, on every Node line package.json allows', () => {
  const ci = readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8');
  expect(ci).toMatch(/^\s+- run: pnpm test$/m);
  expect(ci).toMatch(/^\s+- run: pnpm install --frozen-lockfile$/m);
  const engines = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node as string;
  const majors = [...engines.matchAll(/\^(\d+)\./g)].map((match) => match[1]);
  expect(majors.length).toBeGreaterThan(0);
  expect(ci).toMatch(new RegExp(`node: \\[${majors.join(', ')}\\]`));
});
