import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The alerting rules through Prometheus's own tool: `promtool check rules` (syntax, PromQL, templates)
 * and `promtool test rules` (alerts.test.yml: series in, the alerts that must fire out). promtool comes
 * from Debian's prometheus package, so this runs under pnpm test:ops, not pnpm test.
 */
const RULES_DIR = path.join(__dirname, '..', '..', 'ops', 'prometheus');

function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw new Error(`promtool could not run (apt-get install prometheus): ${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'wallet-alert-rules-'));
  for (const file of ['alerts.yml', 'alerts.test.yml']) {
    copyFileSync(path.join(RULES_DIR, file), path.join(scratch, file));
  }
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

it('passes promtool check rules', () => {
  const check = promtool('check', 'rules', path.join(RULES_DIR, 'alerts.yml'));
  expect(check.output).toContain('SUCCESS: 9 rules found');
  expect(check.status).toBe(0);
});

it('fires exactly the alerts its unit tests expect (promtool test rules)', () => {
  const test = promtool('test', 'rules', path.join(RULES_DIR, 'alerts.test.yml'));
  expect(test.output).toContain('SUCCESS');
  expect(test.status).toBe(0);
  // The tests cover the books, the stale check and the 5xx ratio, among others.
  const tests = readFileSync(path.join(RULES_DIR, 'alerts.test.yml'), 'utf8');
  for (const alert of ['WalletBooksDiscrepancy', 'WalletBooksCheckStale', 'WalletHighErrorRatio']) {
    expect(tests).toContain(`alertname: ${alert}`);
  }
});

it('catches a rule that no longer does what its test says, and a broken rules file', () => {
  const rules = path.join(scratch, 'alerts.yml');
  const original = readFileSync(rules, 'utf8');
  // The 5xx threshold raised from 1% to 5%: the 1.96% case must now fail its test.
  writeFileSync(rules, original.replace('[5m])) > 0.01', '[5m])) > 0.05'));
  const loosened = promtool('test', 'rules', path.join(scratch, 'alerts.test.yml'));
  expect(loosened.status).not.toBe(0);
  expect(loosened.output).toContain('alertname: WalletHighErrorRatio');

  // The stale check moved to ten periods: the stuck check no longer fires at 22m.
  writeFileSync(rules, original.replace('> 3 * 300', '> 10 * 300'));
  const lenient = promtool('test', 'rules', path.join(scratch, 'alerts.test.yml'));
  expect(lenient.status).not.toBe(0);
  expect(lenient.output).toContain('alertname: WalletBooksCheckStale');

  writeFileSync(
    rules,
    original.replace('max by (job) (wallet_ledger_check_discrepancies) > 0', 'max by (job (x'),
  );
  const broken = promtool('check', 'rules', rules);
  expect(broken.status).not.toBe(0);
  expect(broken.output).toMatch(/FAILED/);
});
