import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '../support/app';

/**
 * The deployment as Vercel gets it: `vercel build` (the Vercel CLI pinned in the root package.json) run
 * offline on this repository, with vercel.json's install, build and migration commands, then the built
 * function loaded from .vercel/output the way the platform runs it: its files (and the ones its
 * .vc-config.json maps from the repository, as `vercel deploy --prebuilt` uploads them) in a folder of
 * their own, the handler required by a plain Node process and called with Node's (request, response).
 * It catches what the file tracer leaves out of the function (a `Cannot find module` at load time),
 * which no test of apps/api/dist can see.
 *
 * No login and no network: the project link (.vercel/project.json) is written here with its settings,
 * so the CLI pulls nothing; a link of the developer's own is put aside and brought back afterwards.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const VERCEL_DIR = path.join(ROOT, '.vercel');
/** Where a developer's own `vercel link` waits while the test uses .vercel (git-ignored). */
const SAVED_LINK = path.join(ROOT, '.vercel-saved-by-test');
const FUNCTION_DIR = path.join(VERCEL_DIR, 'output', 'functions', 'api', 'index.func');
const VERCEL_CLI = path.join(
  path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('vercel/package.json')),
  'dist',
  'vc.js',
);
const BUILD_TIMEOUT_MS = 150_000;

interface FunctionConfig {
  handler: string;
  runtime: string;
  launcherType: string;
  shouldAddHelpers: boolean;
  filePathMap?: Record<string, string>;
}

/**
 * What the platform's launcher does with a Node function: require the handler file, hand it every
 * request. It says its port on stdout, and exits when its standard input closes (the test, or the
 * worker running it, is gone), so it never outlives the test.
 */
const HARNESS = `
const http = require('node:http');
const path = require('node:path');
const config = require(path.resolve('.vc-config.json'));
const loaded = require(path.resolve(config.handler));
const handler = typeof loaded === 'function' ? loaded : loaded.default;
const server = http.createServer((request, response) => {
  Promise.resolve(handler(request, response)).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

const cleanups: Array<() => void | Promise<void>> = [];
let database: { url: string; drop(): Promise<void> };
let config: FunctionConfig;
let baseUrl: string;

/** Runs a child to its end; its output is kept for the error. Killed (its whole group) past the limit. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const killGroup = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid as number), 'SIGKILL');
  };
  cleanups.push(killGroup);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(killGroup, BUILD_TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `${path.basename(args[0] ?? command)} ended with ${code ?? signal}:\n${output.slice(-6000)}`,
          ),
        );
    });
  });
}

/** The environment of the build: the test's, less anything that could link it to a real project. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(VERCEL_|DATABASE_URL|POSTGRES_URL|NODE_OPTIONS$)/.test(name)) env[name] = value;
  }
  return {
    ...env,
    VERCEL_TELEMETRY_DISABLED: '1',
    // the JavaScript CLI, not the optional native build of it
    VERCEL_CLI_USE_NATIVE_BINARY: '0',
    TURBO_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    // frozen install; the contract is checked, not rewritten, while other tests may read it
    CI: 'true',
    // as the project's settings on Vercel have them (docs/deploy.md)
    NODEJS_HELPERS: '0',
    NODE_ENV: 'production',
    // the build's migration step: the test's database, already migrated, so it has nothing to do
    DATABASE_URL: database.url,
  };
}

/**
 * The function folder as it is uploaded: its own files, plus every file and symbolic link that
 * .vc-config.json's filePathMap names in the repository (the CLI maps them instead of copying them).
 * Outside the repository, so Node cannot fall back on the repository's node_modules.
 */
function assembleFunction(into: string): void {
  cpSync(FUNCTION_DIR, into, { recursive: true, verbatimSymlinks: true });
  for (const [inFunction, inRepository] of Object.entries(config.filePathMap ?? {})) {
    const source = path.join(ROOT, inRepository);
    const target = path.join(into, inFunction);
    mkdirSync(path.dirname(target), { recursive: true });
    if (lstatSync(source).isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else copyFileSync(source, target);
  }
}

/** Starts the harness in the function's folder with the environment the platform gives the function. */
async function startFunction(dir: string): Promise<string> {
  const child: ChildProcess = spawn(process.execPath, ['-e', HARNESS], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      NODE_PATH: '',
      VERCEL: '1',
      NODEJS_HELPERS: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      // required in production (docs/deploy.md): the key that encrypts webhook signing secrets
      SECRETS_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    if (child.exitCode === null && child.signalCode === null) await exited;
    clearTimeout(timer);
  });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const port = /listening (\d+)/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once('exit', (code) => reject(new Error(`the function's process ended (${code}):\n${output}`)));
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  cleanups.push(() => database.drop());

  if (existsSync(VERCEL_DIR)) {
    if (existsSync(SAVED_LINK)) {
      throw new Error(`${SAVED_LINK} is left from an interrupted run: move it back to .vercel, then rerun`);
    }
    renameSync(VERCEL_DIR, SAVED_LINK);
  }
  cleanups.push(() => {
    rmSync(VERCEL_DIR, { recursive: true, force: true });
    if (existsSync(SAVED_LINK)) renameSync(SAVED_LINK, VERCEL_DIR);
  });
  mkdirSync(VERCEL_DIR);
  // A linked project's settings, as `vercel pull` writes them; vercel.json's commands override them.
  writeFileSync(
    path.join(VERCEL_DIR, 'project.json'),
    JSON.stringify({ projectId: 'prj_build_test', orgId: 'team_build_test', settings: { framework: null } }),
  );
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'wallet-vercel-'));
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));

  const globalConfig = path.join(scratch, 'global-config');
  mkdirSync(globalConfig);
  // vercel.json as it is, but for its install command: a test never installs packages (they are
  // installed already, which is what that command would find).
  const localConfig = path.join(ROOT, '.vercel', 'vercel.test.json');
  const vercelJson = JSON.parse(readFileSync(path.join(ROOT, 'vercel.json'), 'utf8'));
  writeFileSync(localConfig, JSON.stringify({ ...vercelJson, installCommand: 'true' }));
  // --global-config: a fresh CLI home, so a developer's login is neither read nor written.
  await run(
    process.execPath,
    [VERCEL_CLI, 'build', '--global-config', globalConfig, '--local-config', localConfig],
    buildEnv(),
  );

  config = JSON.parse(readFileSync(path.join(FUNCTION_DIR, '.vc-config.json'), 'utf8'));
  const functionDir = path.join(scratch, 'index.func');
  assembleFunction(functionDir);
  baseUrl = await startFunction(functionDir);
}, 175_000);

afterAll(async () => {
  // Last in, first out: the function's process, the build's, the folders, the link, the database.
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error('vercel-build.spec cleanup:', error);
    }
  }
});

describe('vercel build', () => {
  it('makes a Node 22 function (the newest line CI tests) that reads request bodies itself', () => {
    // package.json engines decides the runtime; 24 would be a line no test has run on.
    expect(config.runtime).toBe('nodejs22.x');
    expect(config).toMatchObject({ handler: 'api/index.js', launcherType: 'Nodejs' });
    // NODEJS_HELPERS=0 at build time: Vercel does not parse bodies before the API does.
    expect(config.shouldAddHelpers).toBe(false);
    // The deploy workflow builds (traces the function's files) on the line the function runs on.
    const deploy = readFileSync(path.join(ROOT, '.github', 'workflows', 'deploy.yml'), 'utf8');
    expect(deploy).toMatch(/^\s+node-version: 22$/m);
  });

  it('loads in Node and answers /api/health/live with 200', async () => {
    const res = await fetch(`${baseUrl}/api/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('signs a user up through the built function: 201, and the account is in the database', async () => {
    const email = `vercel-${randomBytes(6).toString('hex')}@example.com`;
    const res = await fetch(`${baseUrl}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery staple' }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { user: { email: string } };
    expect(body.user).toMatchObject({ email });

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]);
      expect(rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
  });
});
