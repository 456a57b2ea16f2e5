import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/app';
import { MAIN_JS, startProduct } from '../support/product';

/**
 * The two database roles as the built product keeps them apart: the owner's URL is for the primary's
 * boot migrations only (no worker has it, whatever the env file says), and the API's own URL must log
 * in as another role, as the server sees it, however the URL names its user.
 */
describe('the database roles of the built product', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-roles-'));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives no worker the owner's URL, even when the env file holds one", async () => {
    // The primary's environment wins over the file; a worker that read the file's DATABASE_OWNER_URL
    // would find it naming its own DATABASE_URL's role and stop with a configuration error (78), and
    // the primary would stop with it. CORS_ORIGINS shows the worker did read the file.
    const file = path.join(dir, 'worker.env');
    writeFileSync(file, `DATABASE_OWNER_URL=${database.url}\nCORS_ORIGINS=https://from-the-file.example\n`);
    const product = await startProduct(database.url, {
      DATABASE_OWNER_URL: database.ownerUrl,
      WALLET_DOTENV: file,
      WEB_CONCURRENCY: '1',
    });
    try {
      const res = await fetch(`${product.base}/api/health/ready`, {
        headers: { Origin: 'https://from-the-file.example' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://from-the-file.example');
    } finally {
      expect(await product.stop()).toBe(0);
    }
    expect(product.logLines.filter((line) => /worker died/.test(String(line.msg)))).toEqual([]);
  });

  /** The owner's own URL, its user given as ?user= rather than before the host: no name to compare. */
  function ownerWithoutUserName(): string {
    const url = new URL(database.ownerUrl);
    const [user, password] = [decodeURIComponent(url.username), decodeURIComponent(url.password)];
    url.username = '';
    url.password = '';
    url.searchParams.set('user', user);
    if (password) url.searchParams.set('password', password);
    return url.toString();
  }

  it('refuses to start when DATABASE_URL logs in as the owner without naming it', () => {
    const run = spawnSync(process.execPath, [MAIN_JS], {
      env: {
        ...process.env,
        DATABASE_URL: ownerWithoutUserName(),
        DATABASE_OWNER_URL: database.ownerUrl,
        WALLET_DOTENV: 'off',
        PORT: '0',
        HOST: '127.0.0.1',
        METRICS_PORT: '0',
        LOG_LEVEL: 'info',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const owner = decodeURIComponent(new URL(database.ownerUrl).username);
    expect(run.status).toBe(78);
    expect(run.stdout).toContain(`DATABASE_URL logs in as ${owner}, the same role as DATABASE_OWNER_URL`);
    expect(run.stdout).not.toMatch(/Wallet API on/);
  });

  it('db:migrate:deploy refuses the same, before it grants anything', () => {
    const entry = path.join(__dirname, '..', '..', '..', '..', 'packages', 'postgres', 'dist', 'cli');
    const run = spawnSync(process.execPath, [path.join(entry, 'migrate-deploy.js')], {
      env: {
        ...process.env,
        DATABASE_URL: ownerWithoutUserName(),
        DATABASE_OWNER_URL: database.ownerUrl,
        WALLET_DOTENV: 'off',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\[db\] DATABASE_URL logs in as .+, the same role as DATABASE_OWNER_URL/);
  });
});
