import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config';

/**
 * The alerting rules (ops/prometheus/alerts.yml) read without Prometheus: each alert is complete (a `for`,
 * a severity, a summary, a description and a runbook section that exists in docs/operations.md), and
 * asks only for metrics the API declares. promtool's own checks run in pnpm test:ops (alert-rules.spec.ts
 * of the system tier), where Debian's prometheus package is installed.
 */
const ROOT = path.join(__dirname, '..', '..', '..', '..');
const RULES = path.join(__dirname, '..', '..', 'ops', 'prometheus', 'alerts.yml');
const METRICS_SOURCE = path.join(__dirname, '..', '..', 'src', 'metrics');

interface Rule {
  alert?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const rules: Rule[] = (parse(readFileSync(RULES, 'utf8')) as { groups: { rules: Rule[] }[] }).groups.flatMap(
  (group) => group.rules,
);
const operations = readFileSync(path.join(ROOT, 'docs', 'operations.md'), 'utf8');

/**
 * The metric names the API's source declares: prom-client's `name:`, or the gauge helpers' first
 * argument; a histogram is served as its _bucket, _sum and _count series.
 */
function declaredMetrics(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(METRICS_SOURCE)) {
    const source = readFileSync(path.join(METRICS_SOURCE, file), 'utf8');
    for (const match of source.matchAll(/(?:name: |gauge\(\s*)'([a-z_]+)'/g)) names.add(match[1] as string);
    for (const match of source.matchAll(/new Histogram\(\{\s*name: '([a-z_]+)'/g)) {
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${match[1]}${suffix}`);
    }
  }
  return names;
}

/** GitHub's anchor of a markdown heading: lower case, spaces to dashes, punctuation dropped. */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      (m[1] as string)
        .trim()
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-'),
    ),
  );
}

it('has the alerts the operators need, each with a for, a severity and its runbook', () => {
  expect(rules.map((rule) => rule.alert).sort()).toEqual([
    'WalletBooksCheckStale',
    'WalletBooksDiscrepancy',
    'WalletDatabaseUnavailable',
    'WalletHighErrorRatio',
    'WalletMetricsAbsent',
    'WalletReplicaLagging',
    'WalletReplicaUnavailable',
    'WalletSlowAnswers',
    'WalletWebhookFailures',
  ]);
  const sections = anchors(operations);
  for (const rule of rules) {
    expect({ alert: rule.alert, for: rule.for }).toEqual({
      alert: rule.alert,
      for: expect.stringMatching(/^\d+m$/),
    });
    expect(['critical', 'warning']).toContain(rule.labels?.severity);
    expect(rule.annotations?.summary).toEqual(expect.any(String));
    expect(rule.annotations?.description).toEqual(expect.any(String));
    // The runbook is the alert's own section of docs/operations.md.
    expect(rule.annotations?.runbook_url).toBe(`docs/operations.md#${rule.alert?.toLowerCase()}`);
    expect(sections).toContain(rule.alert?.toLowerCase());
  }
});

it('asks only for metrics the API serves', () => {
  const declared = declaredMetrics();
  // The guard on the reader: it finds the metrics it must.
  expect(declared).toContain('http_requests_total');
  expect(declared).toContain('http_request_duration_seconds_bucket');
  expect(declared).toContain('wallet_ledger_check_discrepancies');
  const used = new Set(
    rules.flatMap((rule) => [...rule.expr.matchAll(/\b((?:http|wallet)_[a-z_]+)\b/g)].map((m) => m[1])),
  );
  expect(used.size).toBeGreaterThanOrEqual(7);
  expect([...used].filter((name) => !declared.has(name as string))).toEqual([]);
});

it('keeps the thresholds that follow a setting in step with its default', () => {
  const byName = new Map(rules.map((rule) => [rule.alert, rule]));
  // Three periods of LEDGER_CHECK_INTERVAL_SECONDS, and REPLICA_MAX_LAG_MS in seconds, at their defaults.
  const config = loadConfig({ DATABASE_REPLICA_URL: 'postgresql://replica/wallet' });
  expect(byName.get('WalletBooksCheckStale')?.expr).toContain(`> 3 * ${config.ledgerCheckIntervalSeconds}`);
  expect(byName.get('WalletReplicaLagging')?.expr).toBe(
    `wallet_replica_lag_seconds > ${(config.replica?.maxLagMs ?? 0) / 1000}`,
  );
});
