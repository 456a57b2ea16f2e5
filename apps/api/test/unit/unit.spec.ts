import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { DomainError, type ErrorCode } from '../../src/common/errors';
import { describe as describeCode, problemFromError } from '../../src/common/http/problem';
import { ProblemDetailsFilter } from '../../src/common/http/problem-details.filter';
import { decodeCursor, encodeCursor } from '../../src/common/page';
import { ConfigError, databaseOnThisMachine, defaultWorkers, loadConfig } from '../../src/config/config';
import { OLD_SPACE_MB, SEMI_SPACE_MB, workerHeapFlags } from '../../src/config/worker-heap';
import { DatabaseAvailability } from '../../src/database/availability';
import { sqlState } from '../../src/database/db';
import { poolConfig } from '../../src/database/pool';
import { clientAddress } from '../../src/rate-limit/client-address';
import { lastRetryWindow } from '../../src/webhooks/webhook-schedule';
import { send } from '../../src/webhooks/webhook-sender';
import {
  type Resolver,
  refuseAddress,
  refuseEndpointUrl,
  resolveTarget,
} from '../../src/webhooks/webhook-target';

const API_MD_STATUSES: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  SAME_WALLET_TRANSFER: 400,
  UNKNOWN_API_VERSION: 400,
  UNAUTHENTICATED: 401,
  API_KEY_EXPIRED: 401,
  OTP_REQUIRED: 401,
  FORBIDDEN: 403,
  TWO_FACTOR_REQUIRED: 403,
  WALLET_NOT_FOUND: 404,
  TRANSACTION_NOT_FOUND: 404,
  NOT_FOUND: 404,
  IDEMPOTENCY_KEY_IN_PROGRESS: 409,
  DELIVERY_PENDING: 409,
  REVIEW_NOT_PENDING: 409,
  PAYMENT_REQUEST_NOT_OPEN: 409,
  HOLD_NOT_ACTIVE: 409,
  API_KEY_NOT_ACTIVE: 409,
  SCHEDULED_TRANSFER_ENDED: 409,
  TWO_FACTOR_ALREADY_ENABLED: 409,
  TWO_FACTOR_NOT_ENABLED: 409,
  PAYLOAD_TOO_LARGE: 413,
  INSUFFICIENT_FUNDS: 422,
  CURRENCY_MISMATCH: 422,
  BALANCE_LIMIT_EXCEEDED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  NOT_REFUNDABLE: 422,
  REFUND_EXCEEDS_REMAINING: 422,
  LIMIT_EXCEEDED: 422,
  BATCH_TRANSFER_FAILED: 422,
  WALLET_FROZEN: 422,
  SECOND_APPROVER_REQUIRED: 409,
  ADJUSTMENT_NOT_PROPOSED: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

describe('error codes', () => {
  it.each(Object.entries(API_MD_STATUSES))('maps %s to HTTP %i as the contract says', (code, status) => {
    expect(describeCode(code as ErrorCode).status).toBe(status);
  });

  it("lists every code, with its status and title, in the users' error table and the OpenAPI summary", () => {
    const root = path.join(__dirname, '..', '..', '..', '..');
    const guide = readFileSync(path.join(root, 'docs', 'api.md'), 'utf8');
    const openapi = JSON.parse(readFileSync(path.join(root, 'packages', 'contract', 'openapi.json'), 'utf8'));
    const rows = [...guide.matchAll(/^\| (\d{3}) \| `([A-Z_]+)` \| ([^|]+) \|/gm)];
    expect(Object.fromEntries(rows.map(([, status, code]) => [code, Number(status)]))).toEqual(
      API_MD_STATUSES,
    );
    for (const [, , code, title] of rows) expect(title?.trim()).toBe(describeCode(code as ErrorCode).title);
    for (const code of Object.keys(API_MD_STATUSES)) expect(openapi.info.description).toContain(code);
  });

  it('builds a problem document with the stable code and the extensions', () => {
    const problem = problemFromError(
      new DomainError('INSUFFICIENT_FUNDS', 'Not enough.', { transactionId: 'abc' }),
    );
    expect(problem).toEqual({
      type: 'urn:wallet:problem:insufficient-funds',
      title: 'Insufficient funds',
      status: 422,
      detail: 'Not enough.',
      code: 'INSUFFICIENT_FUNDS',
      transactionId: 'abc',
    });
  });
});

describe('ProblemDetailsFilter', () => {
  function run(exception: unknown) {
    const sent: { status?: number; type?: string; body?: string } = {};
    const response = {
      setHeader: jest.fn(),
      status(code: number) {
        sent.status = code;
        return this;
      },
      type(value: string) {
        sent.type = value;
        return this;
      },
      send(body: string) {
        sent.body = body;
        return this;
      },
    };
    const request = { id: 'req-1', method: 'GET', path: '/x' };
    const host = {
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
    } as unknown as ArgumentsHost;
    const filter = new ProblemDetailsFilter();
    jest
      .spyOn((filter as unknown as { logger: { error: () => void } }).logger, 'error')
      .mockImplementation(() => {});
    filter.catch(exception, host);
    return { ...sent, json: JSON.parse(sent.body ?? '{}') };
  }

  it('answers an unknown error with a bare 500 that leaks nothing', () => {
    const result = run(new Error('relation "wallets" does not exist at SELECT * FROM secret'));
    expect(result.status).toBe(500);
    expect(result.type).toBe('application/problem+json');
    expect(result.json.code).toBe('INTERNAL');
    expect(result.json.requestId).toBe('req-1');
    expect(result.body).not.toContain('secret');
    expect(result.body).not.toContain('relation');
  });

  it("turns Nest's route 404 into NOT_FOUND", () => {
    const result = run(new NotFoundException('Cannot GET /x'));
    expect(result.status).toBe(404);
    expect(result.json.code).toBe('NOT_FOUND');
  });
});

describe('config', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      databaseUrlGiven: false,
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      dbPoolSize: 10,
      dbStatementTimeoutMs: 10_000,
      dbLockTimeoutMs: 5_000,
      authRateLimitPerEmail: 5,
      authRateLimitPerEmailPerHour: 1000,
      // Unset: the tiers table decides (anonymous 10, standard 100, premium 1,000 a minute).
      anonymousRateLimitPerAddress: undefined,
      rateLimitPerMinute: undefined,
      trustProxy: false,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 5_000,
      dbConnectTimeoutMs: 5_000,
      // statement_timeout plus a margin, so a live server always answers before the client gives up.
      dbQueryTimeoutMs: 11_000,
    });
  });

  it("reads TRUST_PROXY with express's meaning, never as trust-everyone", () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect(trust('')).toBe(false);
    expect(trust('2')).toBe(2);
    expect(trust('loopback, 10.0.0.0/8,::1,fd00::/8')).toEqual(['loopback', '10.0.0.0/8', '::1', 'fd00::/8']);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example.com', '1.2.3.4/8/8', '99']) {
      expect(() => trust(bad)).toThrow(/TRUST_PROXY/);
    }
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' })).toThrow(
      /HEADERS_TIMEOUT_MS/,
    );
  });

  it("takes the owner's URL only for a runtime role of another name, everywhere the API connects", () => {
    const owner = 'postgresql://owner:o@db.example.com/wallet';
    const runtime = 'postgresql://wallet_runtime:r@db.example.com/wallet';
    expect(loadConfig({ DATABASE_URL: runtime, DATABASE_OWNER_URL: owner }).databaseOwnerUrl).toBe(owner);
    expect(loadConfig({ DATABASE_URL: runtime }).databaseOwnerUrl).toBe('');
    expect(() => loadConfig({ DATABASE_OWNER_URL: owner })).toThrow(/DATABASE_OWNER_URL: needs DATABASE_URL/);
    for (const asOwner of [
      { DATABASE_URL: owner.replace('/wallet', '/wallet?sslmode=require') },
      { DATABASE_URL: runtime, DATABASE_URL_UNPOOLED: owner },
      { DATABASE_URL: runtime, DATABASE_REPLICA_URL: 'postgresql://owner:o@replica.example.com/wallet' },
    ]) {
      expect(() => loadConfig({ ...asOwner, DATABASE_OWNER_URL: owner })).toThrow(/names the same role/);
    }
  });

  it('runs a worker per core, less a quarter of them when the database shares the machine', () => {
    expect([1, 2, 4, 8, 16, 64, 128].map((cores) => defaultWorkers(cores, true))).toEqual([
      1, 1, 3, 6, 12, 48, 64,
    ]);
    expect([1, 2, 16, 128].map((cores) => defaultWorkers(cores, false))).toEqual([1, 2, 16, 64]);
    expect(loadConfig({ WEB_CONCURRENCY: '3' }).webConcurrency).toBe(3);
    expect(() => loadConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });

  it('tells a database on this machine from one elsewhere by its URL', () => {
    const here = [
      undefined,
      'postgresql://u:p@localhost:5432/db',
      'postgres://u@127.0.0.1/db',
      'postgresql://u@[::1]:5432/db',
      'postgresql://u@/db?host=/var/run/postgresql',
      'postgresql://u@%2Fvar%2Frun%2Fpostgresql/db',
    ];
    const elsewhere = ['postgresql://u:p@db.example.com/db', 'postgresql://u@10.0.0.5:6432/db', 'not a url'];
    expect(here.map(databaseOnThisMachine)).toEqual(here.map(() => true));
    expect(elsewhere.map(databaseOnThisMachine)).toEqual(elsewhere.map(() => false));
  });

  it("caps a worker's heap unless the operator's own flags say otherwise", () => {
    expect(workerHeapFlags([], {})).toEqual([
      `--max-old-space-size=${OLD_SPACE_MB}`,
      `--max-semi-space-size=${SEMI_SPACE_MB}`,
    ]);
    expect(workerHeapFlags(['--max-old-space-size=512'], {})).toEqual([
      `--max-semi-space-size=${SEMI_SPACE_MB}`,
    ]);
    expect(
      workerHeapFlags([], { NODE_OPTIONS: '--max-semi-space-size=32 --max-old-space-size=1024' }),
    ).toEqual([]);
  });

  it('lists every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DB_POOL_SIZE: '0', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DB_POOL_SIZE', 'LOG_LEVEL', 'DATABASE_URL'])
      expect(problems).toContain(name);
  });
});

describe('the pool asks for its timeouts at connect unless told not to', () => {
  const url = { DATABASE_URL: 'postgresql://u:p@localhost/wallet' };
  it('sends them as a startup option by default', () => {
    const config = { ...loadConfig(url), databaseUrl: url.DATABASE_URL };
    expect(poolConfig(config, new DatabaseAvailability()).options).toBe(
      '-c statement_timeout=10000 -c lock_timeout=5000',
    );
  });
  it('sends no startup option with DB_STARTUP_OPTIONS=off (a transaction pooler refuses them)', () => {
    const config = { ...loadConfig({ ...url, DB_STARTUP_OPTIONS: 'off' }), databaseUrl: url.DATABASE_URL };
    const pool = poolConfig(config, new DatabaseAvailability());
    expect(pool.options).toBeUndefined();
    expect(pool.query_timeout).toBe(11_000);
  });
});

describe('cursors and SQL states', () => {
  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(123456789n))).toBe(123456789n);
    expect(decodeCursor('AAAA')).toBeNull();
    expect(decodeCursor(Buffer.from('-1').toString('base64url'))).toBeNull();
  });

  it('finds the SQLSTATE inside nested driver errors but ignores Prisma codes', () => {
    expect(sqlState({ code: 'P2010', meta: { code: '23505' } })).toBe('23505');
    expect(sqlState({ code: 'P2028', cause: { originalCode: '55P03' } })).toBe('55P03');
    expect(sqlState({ code: 'P2010' })).toBeUndefined();
    expect(sqlState(new Error('plain'))).toBeUndefined();
  });
});

describe('client addresses the per-address limits count', () => {
  it('counts IPv4 addresses alone and IPv6 addresses by their /64', () => {
    expect(clientAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddress('::1')).toBe('0:0:0:0::/64');
    expect(clientAddress(undefined)).toBe('unknown');
  });
});

it('tries a webhook delivery for at least a day with the default settings, and for at most about two', () => {
  const { retryDelaySeconds, maxAttempts } = loadConfig({}).webhooks;
  const [earliest, latest] = lastRetryWindow(retryDelaySeconds, maxAttempts);
  expect(earliest).toBeGreaterThanOrEqual(24 * 3600);
  expect(latest).toBeLessThanOrEqual(60 * 3600);
  // The schedule itself: 90 s, then twice as long each time (pg-boss's backoff, before its jitter).
  expect(lastRetryWindow(90, 2)).toEqual([90, 180]);
  expect(lastRetryWindow(90, 3)).toEqual([270, 540]);
});

describe('a webhook target named by a host name', () => {
  /** DNS as a table: the check's logic over what a name resolves to, without a resolver to point. */
  const dns =
    (answers: Record<string, string[]>): Resolver =>
    async (host) =>
      (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  const strict = { allowPrivateTargets: false, httpsOnly: true };
  const relaxed = { allowPrivateTargets: true, httpsOnly: false };

  it('is refused when any address it resolves to is not public, and link-local always', async () => {
    const names = dns({
      'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
      'mixed.example.com': ['93.184.215.14', '10.0.0.7'],
      'metadata.example.com': ['169.254.169.254'],
      'mapped.example.com': ['::ffff:169.254.169.254'],
      'nowhere.example.com': [],
    });
    expect(await resolveTarget('hooks.example.com', strict, names)).toEqual({
      address: '93.184.215.14',
      family: 4,
    });
    expect(await resolveTarget('mixed.example.com', strict, names)).toEqual({
      refused:
        'mixed.example.com resolves to an address that is not allowed: 10.0.0.7 is not a public address (private); webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE_TARGETS=true allows them, for development only).',
    });
    expect(await resolveTarget('mixed.example.com', relaxed, names)).toEqual({
      address: '93.184.215.14',
      family: 4,
    });
    for (const host of ['metadata.example.com', 'mapped.example.com']) {
      expect(await resolveTarget(host, relaxed, names)).toEqual({
        refused: `${host} resolves to an address that is not allowed: 169.254.169.254 is a link-local address; webhooks are never sent there.`,
      });
    }
    expect(await resolveTarget('nowhere.example.com', strict, names)).toEqual({
      refused: 'nowhere.example.com does not resolve to any address.',
    });
  });
});

describe('a webhook target address, however it is written', () => {
  const strict = { allowPrivateTargets: false, httpsOnly: true };
  const relaxed = { allowPrivateTargets: true, httpsOnly: false };

  // [address, what the refusal must say with strict rules, allowed once private targets are allowed]
  it.each([
    // IPv4-compatible (::a.b.c.d, deprecated): never a target, whatever it carries.
    ['::127.0.0.1', '::7f00:1 (IPv4-compatible for 127.0.0.1) is not a public address', false],
    ['::7f00:1', '(IPv4-compatible for 127.0.0.1)', false],
    ['::10.0.0.1', '(IPv4-compatible for 10.0.0.1)', false],
    ['::8.8.8.8', '(IPv4-compatible for 8.8.8.8)', false],
    ['::169.254.169.254', '::a9fe:a9fe (IPv4-compatible for 169.254.169.254) is a link-local address', false],
    ['::a9fe:a9fe', 'link-local', false],
    // IPv4-mapped: the IPv4 address itself.
    ['::ffff:127.0.0.1', '127.0.0.1 is not a public address (loopback)', true],
    ['::ffff:7f00:1', '127.0.0.1 is not a public address (loopback)', true],
    ['::ffff:10.0.0.1', '10.0.0.1 is not a public address (private)', true],
    ['::ffff:169.254.169.254', '169.254.169.254 is a link-local address', false],
    ['0:0:0:0:0:ffff:a9fe:a9fe', '169.254.169.254 is a link-local address', false],
    ['::ffff:0:127.0.0.1', '(IPv4-translated for 127.0.0.1)', false],
    // NAT64's well-known prefix reaches the IPv4 address it carries.
    ['64:ff9b::127.0.0.1', '64:ff9b::7f00:1 (NAT64 for 127.0.0.1) is not a public address (loopback)', true],
    ['64:ff9b::10.0.0.1', '(NAT64 for 10.0.0.1) is not a public address (private)', true],
    ['64:ff9b::169.254.169.254', '(NAT64 for 169.254.169.254) is a link-local address', false],
    ['64:ff9b:1::a00:1', 'not a public address (rfc6052)', false],
    // 6to4 and Teredo tunnels: never, and they say what they carry.
    ['2002:7f00:1::1', '2002:7f00:1::1 (6to4 for 127.0.0.1) is not a public address (6to4)', false],
    ['2002:a9fe:a9fe::1', '(6to4 for 169.254.169.254) is a link-local address', false],
    ['2002:808:808::1', '(6to4 for 8.8.8.8)', false],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', '(Teredo for 127.0.0.1)', false],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', '(Teredo for 10.0.0.1)', false],
    // Loopback and unspecified in every spelling.
    ['::1', '::1 is not a public address (loopback)', true],
    ['0:0:0:0:0:0:0:1', '::1 is not a public address (loopback)', true],
    ['::0001', '::1 is not a public address (loopback)', true],
    ['::', ':: is not a public address (unspecified)', true],
    ['0:0:0:0:0:0:0:0', ':: is not a public address (unspecified)', true],
    // Link-local, with or without a zone id; unique-local; site-local; multicast; outside 2000::/3.
    ['fe80::1', 'fe80::1 is a link-local address', false],
    ['fe80::1%eth0', 'fe80::1%eth0 is a link-local address', false],
    ['febf::1', 'link-local', false],
    ['fc00::1', 'fc00::1 is not a public address (uniqueLocal)', true],
    ['fd12:3456::1', 'not a public address (uniqueLocal)', true],
    ['fec0::1', 'fec0::1 is not a public address (deprecatedSiteLocal)', false],
    ['ff02::1', 'not a public address (multicast)', false],
    ['ff0e::1', 'not a public address (multicast)', false],
    ['100::1', 'not a public address (discard)', false],
    ['2001:db8::1', 'not a public address (reserved)', false],
    ['4000::1', '4000::1 is not a public address (outside global unicast 2000::/3)', false],
    ['::1:2:3:4', 'not a public address', false],
    // IPv4 as before.
    ['127.0.0.1', '127.0.0.1 is not a public address (loopback)', true],
    ['169.254.169.254', '169.254.169.254 is a link-local address', false],
    ['224.0.0.1', 'not a public address (multicast)', false],
  ])('refuses %s', (address, says, allowedWhenPrivate) => {
    expect(refuseAddress(address, strict)).toContain(says);
    if (allowedWhenPrivate) expect(refuseAddress(address, relaxed)).toBeNull();
    else expect(refuseAddress(address, relaxed)).toEqual(expect.any(String));
  });

  it('names the setting only where the setting would allow the address', () => {
    expect(refuseAddress('64:ff9b::a00:1', strict)).toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS=true');
    expect(refuseAddress('::1', strict)).toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS=true');
    for (const address of ['::7f00:1', '2002:7f00:1::1', 'fe80::1', 'fec0::1', '::a9fe:a9fe'])
      expect(refuseAddress(address, strict)).not.toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS');
  });

  it.each([
    '93.184.215.14',
    '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
    '2a00:1450:4001:82a::200e',
    '::ffff:93.184.215.14',
    '64:ff9b::93.184.215.14',
  ])('accepts the public address %s', (address) => {
    expect(refuseAddress(address, strict)).toBeNull();
  });
});

describe('a webhook endpoint URL when it is created', () => {
  const strict = { allowPrivateTargets: false, httpsOnly: false };
  const failing =
    (code: string): Resolver =>
    async () => {
      throw Object.assign(new Error(`getaddrinfo ${code}`), { code });
    };

  it('refuses a name DNS knows nothing of, and says when DNS itself failed', async () => {
    expect(await refuseEndpointUrl('https://gone.example.com/h', strict, failing('ENOTFOUND'))).toBe(
      'gone.example.com does not resolve to any address (no such name, or no A or AAAA record).',
    );
    expect(await refuseEndpointUrl('https://empty.example.com/h', strict, failing('ENODATA'))).toContain(
      'does not resolve to any address',
    );
    expect(await refuseEndpointUrl('https://flaky.example.com/h', strict, failing('EAI_AGAIN'))).toBe(
      'flaky.example.com could not be resolved (EAI_AGAIN); check the name and try again.',
    );
    expect(await refuseEndpointUrl('https://none.example.com/h', strict, async () => [])).toBe(
      'none.example.com does not resolve to any address.',
    );
  });

  it('accepts a name whose every address is public, and refuses one that hides a private address', async () => {
    const answer =
      (...addresses: string[]): Resolver =>
      async () =>
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    expect(
      await refuseEndpointUrl('https://hooks.example.com/h', strict, answer('93.184.215.14')),
    ).toBeNull();
    expect(
      await refuseEndpointUrl('https://hooks.example.com/h', strict, answer('93.184.215.14', '::7f00:1')),
    ).toContain('(IPv4-compatible for 127.0.0.1)');
  });

  it('refuses a name that really does not resolve (RFC 6761: .invalid never does)', async () => {
    expect(await refuseEndpointUrl('https://no-such-host.invalid/h', strict)).toMatch(
      /^no-such-host\.invalid (does not resolve|could not be resolved|did not resolve)/,
    );
  });
});

describe('a webhook delivery checks its target again', () => {
  const relaxed = { allowPrivateTargets: true, httpsOnly: false };
  const delivery = (url: string) => ({ url, headers: {}, body: '{}', timeoutMs: 3_000 });

  it.each([
    ['http://[::7f00:1]/h', 'IPv4-compatible for 127.0.0.1'],
    ['http://[::a9fe:a9fe]/h', 'link-local'],
    ['http://[64:ff9b::a9fe:a9fe]/h', 'link-local'],
    ['http://[2002:7f00:1::1]/h', '6to4 for 127.0.0.1'],
  ])('refuses %s without connecting, even with private targets allowed', async (url, says) => {
    const result = await send(delivery(url), relaxed);
    expect(result.outcome).toBe('refused');
    expect('error' in result && result.error).toContain(says);
  });

  it('fails, to be retried, when the name no longer resolves', async () => {
    const result = await send(delivery('http://no-such-host.invalid/h'), relaxed);
    expect(result.outcome).not.toBe('succeeded');
    expect('error' in result && result.error).toMatch(/ENOTFOUND|EAI_AGAIN|ENODATA|no answer within/);
  });
});
