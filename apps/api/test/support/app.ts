import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/config';
import { serveDashboard } from '../../src/dashboard';
import { ownerUrlFor, runtimeUrlFor, testDatabase } from './test-database';
import { createUser, type TestUser } from './users';

export interface TestApp {
  app: INestApplication;
  /** supertest on the real listening HTTP server, as the test's main user (an all-scopes API key). */
  http: ReturnType<typeof request.agent>;
  /** The same server with no credentials at all. */
  anonymous: ReturnType<typeof request>;
  /** The main user behind `http`. */
  user: TestUser;
  /** Signs up another user. */
  newUser(): Promise<TestUser>;
  /** This server, called with another user's API key (for several servers on one database). */
  asUser(user: TestUser): ReturnType<typeof request.agent>;
  baseUrl: string;
  /**
   * A direct connection to this file's database AS THE OWNER, for checking what the API wrote and for
   * tests that play someone with the owner's rights (tampering with rows the API may not change).
   */
  db: pg.Client;
  /** This file's database as the runtime role: what the API under test connects with. */
  databaseUrl: string;
  /** The same database as the owner (what `db` connects with). */
  ownerUrl: string;
  close(): Promise<void>;
}

function adminUrl(): string {
  return testDatabase().adminUrl;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh database cloned from the migrated template (grants included); dropped again by close(). `url`
 * logs in as the runtime role, as the product does; `ownerUrl` as the owner.
 */
export async function createTestDatabase(): Promise<{
  url: string;
  ownerUrl: string;
  drop(): Promise<void>;
}> {
  const { runId, template } = testDatabase();
  const name = `wallet_test_${runId}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  return {
    url: runtimeUrlFor(withDatabase(adminUrl(), name)),
    ownerUrl: withDatabase(adminUrl(), name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The whole API on a real port, on its own real PostgreSQL database. */
export async function startTestApp(
  env: Record<string, string> = {},
  shared?: { databaseUrl?: string; dashboardDir?: string; logStream?: DestinationStream },
): Promise<TestApp> {
  // A second API process on an existing database shares it and leaves dropping it to the first. Given
  // any URL of it, the API logs in as the runtime role all the same.
  const database = shared?.databaseUrl
    ? {
        url: runtimeUrlFor(shared.databaseUrl),
        ownerUrl: ownerUrlFor(shared.databaseUrl),
        drop: async () => {},
      }
    : await createTestDatabase();
  const config = {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      DB_POOL_SIZE: '10',
      // Generous limits for the suites that are not about limits; the rate-limit tests set their own.
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_RATE_LIMIT_PER_ADDRESS: '1000000',
      AUTH_RATE_LIMIT_PER_EMAIL: '1000000',
      AUTH_RATE_LIMIT_PER_EMAIL_PER_HOUR: '100000000',
      ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '1000000',
      // The scheduled ledger check only where a test asks for it; every test's ledger is checked anyway.
      LEDGER_CHECK_INTERVAL_SECONDS: '0',
      ...env,
    }),
    databaseUrl: database.url,
    databaseDirectUrl: '',
  };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, shared?.logStream)],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app);
  if (shared?.dashboardDir) serveDashboard(app, shared.dashboardDir);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = new pg.Client({ connectionString: database.ownerUrl });
  await db.connect();
  const user = await createUser(baseUrl);
  return {
    app,
    http: user.api,
    anonymous: request(baseUrl),
    user,
    newUser: () => createUser(baseUrl),
    asUser: (other) => request.agent(baseUrl).set('Authorization', `Bearer ${other.key}`),
    baseUrl,
    db,
    databaseUrl: database.url,
    ownerUrl: database.ownerUrl,
    close: async () => {
      await db.end();
      await app.close();
      await database.drop();
    },
  };
}

/**
 * Settings for tests of correctness under contention (many requests on one row, a drain under load): the
 * waits for a pooled connection and a row lock are long, so a loaded machine makes them slower, never
 * answer 503. Tests of the timeouts themselves set their own.
 */
export const PATIENT_DATABASE = { DB_CONNECT_TIMEOUT_MS: '60000', DB_LOCK_TIMEOUT_MS: '60000' } as const;
