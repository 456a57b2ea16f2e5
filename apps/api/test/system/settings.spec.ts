import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { API_SETTINGS } from '../../src/config/config';

/**
 * Every setting is documented once and reaches the process under every root script: the API's own
 * settings, the settings table of docs/configuration.md, .env.example and turbo.json's pass-through
 * list agree (turbo drops, without a word, any variable it is not told to pass), and every variable any
 * code reads is one of them or a documented developer knob.
 */
const root = path.join(__dirname, '..', '..', '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/**
 * Read by the benchmarks and test suites (documented in docs/performance.md and docs/testing.md),
 * WALLET_DOTENV, and the integrator's tools' WALLET_API_URL and WALLET_API_KEY.
 */
const DEVELOPER_KNOBS = [
  'BENCH_API_ENTRY',
  'BENCH_CONNECTIONS',
  'BENCH_DATABASE',
  'BENCH_DURATION',
  'BENCH_LEDGER_ROWS',
  'BENCH_NODE_ARGS',
  'BENCH_PORT',
  'BENCH_RUNGS',
  'BENCH_SQL',
  'BENCH_WALLETS',
  'BENCH_WARMUP',
  'BENCH_WORKLOADS',
  'LEDGER_ROWS',
  'LEDGER_WALLETS',
  'LEDGER_NEW_TRANSFERS',
  'CHAOS_CLIENTS',
  'CHAOS_DURATION_MS',
  'FUZZ_SEED',
  'E2E_PORT',
  'UPDATE_SCREENSHOTS',
  'UPDATE_ERROR_ANSWERS',
  'WALLET_OWN_COMMAND',
  // Which env file the product reads (docs/configuration.md); `off` for tools that pick its database.
  'WALLET_DOTENV',
  // Where an integrator's tools find the API and their key: pnpm webhooks:listen (docs/webhooks.md) and
  // the SDK's example (docs/sdk.md). Never read by the API.
  'WALLET_API_URL',
  'WALLET_API_KEY',
];
/**
 * Set by the machine or the platform, not by a user of the product (NODEJS_HELPERS: see docs/deploy.md;
 * TMPDIR: the test run gives itself one, see docs/testing.md; NODE_OPTIONS: Node's own, read by the
 * primary only so that an operator's heap flags win over its defaults).
 */
const EXTERNAL = ['CI', 'PATH', 'VERCEL', 'NODEJS_HELPERS', 'TMPDIR', 'NODE_OPTIONS'];

function readmeTable(): string[] {
  const readme = read('docs/configuration.md');
  const section = readme.slice(
    readme.indexOf('## Settings'),
    readme.indexOf('## ', readme.indexOf('## Settings') + 3),
  );
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1] as string);
}

function envExample(): string[] {
  return [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string);
}

function turboPassThrough(): string[] {
  return JSON.parse(read('turbo.json')).globalPassThroughEnv;
}

/** Every variable read as `process.env.<name>` or `env.<name>` in the repository's code, tests included. */
function variablesTheCodeReads(): string[] {
  const files = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((file) => /\.(ts|tsx|mts|mjs|js|cjs)$/.test(file) && !file.includes('/generated/'));
  const names = new Set<string>();
  for (const file of files) {
    for (const match of read(file).matchAll(/(?:process\.env|\benv)\.([A-Z][A-Z0-9_]*)/g))
      names.add(match[1] as string);
  }
  return [...names].sort();
}

describe('settings', () => {
  it('the settings table and .env.example name the same settings, in the same order', () => {
    expect(envExample()).toEqual(readmeTable());
  });

  it('the settings table documents every setting the API reads', () => {
    expect(API_SETTINGS.filter((name) => !readmeTable().includes(name))).toEqual([]);
  });

  it('turbo passes every documented setting and developer knob through', () => {
    const passed = new Set(turboPassThrough());
    expect([...readmeTable(), ...DEVELOPER_KNOBS].filter((name) => !passed.has(name))).toEqual([]);
  });

  it('every variable the code reads is a documented setting or a documented developer knob', () => {
    const known = new Set([...readmeTable(), ...DEVELOPER_KNOBS, ...EXTERNAL]);
    expect(variablesTheCodeReads().filter((name) => !known.has(name))).toEqual([]);
    const readme = ['README.md', ...readdirSync(path.join(root, 'docs')).map((page) => `docs/${page}`)]
      .filter((file) => file.endsWith('.md'))
      .map(read)
      .join('\n');
    expect(DEVELOPER_KNOBS.filter((name) => !new RegExp(`\`${name}[\`=]`).test(readme))).toEqual([]);
  });

  it('a bad value stops the API before it starts, with every problem listed', () => {
    const run = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'main.js')], {
      env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'loud', TRUST_PROXY: 'true' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(/Invalid configuration/);
    for (const name of ['PORT', 'LOG_LEVEL', 'TRUST_PROXY']) expect(run.stderr).toContain(`${name}:`);
  });

  it('reads a .env file, and the environment wins over it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-env-'));
    const file = path.join(dir, '.env');
    writeFileSync(file, 'RATE_LIMIT_PER_MINUTE=7\nCORS_ORIGINS=https://from-the-file.example\n');
    const script = `import('@wallet/postgres').then(({ loadDotEnv }) => {
      loadDotEnv(${JSON.stringify(file)});
      console.log(JSON.stringify([process.env.RATE_LIMIT_PER_MINUTE, process.env.CORS_ORIGINS]));
    })`;
    const run = spawnSync(process.execPath, ['-e', script], {
      cwd: __dirname,
      env: {
        ...process.env,
        RATE_LIMIT_PER_MINUTE: undefined,
        CORS_ORIGINS: 'https://from-the-environment.example',
      },
      encoding: 'utf8',
    });
    expect(JSON.parse(run.stdout)).toEqual(['7', 'https://from-the-environment.example']);
  });

  it('reads the file WALLET_DOTENV names instead, and none at all when it says off', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-env-'));
    const file = path.join(dir, 'other.env');
    writeFileSync(file, 'DATABASE_OWNER_URL=postgresql://owner@db.example/wallet\n');
    const read = (choice: string) => {
      const script = `import('@wallet/postgres').then(({ loadDotEnv }) => {
        console.log(JSON.stringify([loadDotEnv(), process.env.DATABASE_OWNER_URL ?? null]));
      })`;
      const run = spawnSync(process.execPath, ['-e', script], {
        cwd: __dirname,
        env: { ...process.env, DATABASE_OWNER_URL: undefined, WALLET_DOTENV: choice },
        encoding: 'utf8',
      });
      return JSON.parse(run.stdout);
    };
    expect(read(file)).toEqual([file, 'postgresql://owner@db.example/wallet']);
    expect(read('off')).toEqual([null, null]);
  });
});
