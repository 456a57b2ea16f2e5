import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { SCOPES } from '../../src/auth/scopes';
import { createOpenApiDocument } from '../../src/contract/document';
import { renderContract, staleFiles } from '../../src/contract/emit';
import { TRANSACTION_STATUSES, TRANSACTION_TYPES } from '../../src/transactions/dto/transaction.dto';

/** The document from the DTO classes, built as the contract generator builds it: no database. */
let document: OpenAPIObject;
beforeAll(async () => {
  document = await createOpenApiDocument();
});

const CONTRACT_DIR = path.join(__dirname, '..', '..', '..', '..', 'packages', 'contract');

it("lints clean with Redocly's recommended rules (no errors, no warnings)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
  try {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const run = spawnSync(
      process.execPath,
      [cli, 'lint', file, '--extends', 'recommended', '--format', 'json', '--max-problems', '100'],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        timeout: 60_000,
      },
    );
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The verbs an operation id may start with: what the route does, said first. */
const OPERATION_VERBS = [
  'create',
  'list',
  'pay',
  'decline',
  'cancel',
  'get',
  'fund',
  'transfer',
  'refund',
  'sign',
  'log',
  'revoke',
  'check',
  'delete',
  'retry',
  'find',
  'search',
  'export',
  'set',
  'update',
  'enable',
  'disable',
  'change',
  'regenerate',
  'propose',
  'approve',
  'reject',
  'release',
  'freeze',
  'unfreeze',
  'run',
  'replace',
  'start',
  'capture',
  'rotate',
  'void',
  'pause',
  'resume',
  'cancel',
];

it('gives every operation a verb for an id, and public routes no security', () => {
  const operations = Object.values(document.paths).flatMap((item) =>
    Object.values(item as Record<string, { operationId?: string; security?: unknown[] }>),
  );
  const ids = operations.map((op) => op.operationId);
  expect(ids).toEqual(
    expect.arrayContaining(['createWallet', 'fundWallet', 'transferBetweenWallets', 'signUp']),
  );
  for (const id of ids) expect(id).toMatch(new RegExp(`^(${OPERATION_VERBS.join('|')})[A-Z]`));
  const open = operations.filter((op) => op.security?.length === 0).map((op) => op.operationId);
  expect(open.sort()).toEqual(['checkHealth', 'checkReadiness', 'listCurrencies', 'logIn', 'signUp']);
});

it("keeps the enums the code uses equal to the document's", () => {
  const schemas = document.components?.schemas as Record<string, { enum?: unknown[] }>;
  expect(schemas.Scope?.enum).toEqual([...SCOPES]);
  expect(schemas.TransactionType?.enum).toEqual([...TRANSACTION_TYPES]);
  expect(schemas.TransactionStatus?.enum).toEqual([...TRANSACTION_STATUSES]);
});

it('has the committed contract (packages/contract) up to date with the DTO classes', () => {
  const files = renderContract(document);
  expect(staleFiles(CONTRACT_DIR, files)).toEqual([]);
});

it('shows each problem answer with examples of its own codes, not one problem for every status', () => {
  interface ProblemContent {
    examples?: Record<string, { value: { status: number; code: string; type: string } }>;
  }
  type Responses = Record<string, { description: string; content?: Record<string, ProblemContent> }>;
  const seen = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, { responses: Responses }>)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const content = response.content?.['application/problem+json'];
        if (!content) continue;
        // One example per code the answer lists, each a problem of that very status and code.
        expect(Object.keys(content.examples ?? {}).sort()).toEqual(response.description.split(', ').sort());
        for (const [code, example] of Object.entries(content.examples ?? {})) {
          expect(example.value).toMatchObject({ status: Number(status), code });
          expect(example.value.type).toBe(`urn:wallet:problem:${code.toLowerCase().replaceAll('_', '-')}`);
          seen.add(`${status} ${code}`);
        }
      }
    }
  }
  expect([...seen]).toEqual(
    expect.arrayContaining([
      '400 VALIDATION_FAILED',
      '413 PAYLOAD_TOO_LARGE',
      '422 INSUFFICIENT_FUNDS',
      '429 RATE_LIMITED',
      '503 SERVICE_UNAVAILABLE',
    ]),
  );
  expect([...seen].some((entry) => !entry.endsWith(' INSUFFICIENT_FUNDS'))).toBe(true);
});
