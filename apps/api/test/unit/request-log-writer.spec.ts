import { Logger } from '@nestjs/common';
import type { PrismaService } from '../../src/database/prisma.service';
import { loggedIdempotencyKey } from '../../src/request-logs/request-log.middleware';
import { MAX_WAITING_PER_KEY, RequestLogWriter } from '../../src/request-logs/request-log-writer';
import type { NewRequestLog, RequestLogsRepository } from '../../src/request-logs/request-logs.repository';

const KEY = '22222222-2222-4222-8222-222222222222';
const OTHER_KEY = '33333333-3333-4333-8333-333333333333';

const row = (n: number, apiKeyId = KEY): NewRequestLog => ({
  userId: '11111111-1111-4111-8111-111111111111',
  apiKeyId,
  at: new Date(Date.UTC(2026, 11, 8, 1, 0, n)),
  method: 'GET',
  route: '/api/v1/wallets',
  status: 200,
  durationMs: n,
  requestId: `req-${n}`,
  idempotencyKey: null,
  problemCode: null,
});

/** A writer over a repository that records each INSERT's rows, or fails as `failWith` says. */
function writer(failWith: (call: number) => unknown = () => undefined) {
  const inserts: string[][] = [];
  const repository = {
    insertMany: async (_db: unknown, rows: NewRequestLog[]) => {
      const failure = failWith(inserts.length);
      inserts.push(rows.map((r) => r.requestId));
      if (failure) throw failure;
    },
  } as unknown as RequestLogsRepository;
  return { log: new RequestLogWriter({} as PrismaService, repository), inserts };
}

describe('RequestLogWriter', () => {
  it('writes what was noted as one INSERT, in order, and nothing when nothing waits', async () => {
    const { log, inserts } = writer();
    for (const n of [1, 2, 3]) log.note(row(n));
    expect(inserts).toEqual([]);
    await log.flush();
    await log.flush();
    expect(inserts).toEqual([['req-1', 'req-2', 'req-3']]);
  });

  it('writes 500 rows at once without waiting for the timer, in batches of 500', async () => {
    const { log, inserts } = writer();
    for (let n = 0; n < 500; n += 1) log.note(row(n));
    await new Promise((resolve) => setImmediate(resolve));
    expect(inserts.map((batch) => batch.length)).toEqual([500]);
    for (let n = 500; n < 1_200; n += 1) log.note(row(n));
    await log.flush();
    expect(inserts.map((batch) => batch.length)).toEqual([500, 500, 200]);
    expect(inserts.flat()).toEqual(Array.from({ length: 1_200 }, (_, n) => `req-${n}`));
  });

  it('keeps the rows while the database is away and writes them, in order, once it is back', async () => {
    const away = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { log, inserts } = writer((call) => (call === 0 ? away : undefined));
    log.note(row(1));
    log.note(row(2));
    await log.flush();
    log.note(row(3));
    await log.flush();
    expect(inserts).toEqual([
      ['req-1', 'req-2'],
      ['req-1', 'req-2', 'req-3'],
    ]);
  });

  it('drops a batch the database refused for itself (not an outage), and goes on with the rest', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { log, inserts } = writer((call) => (call === 0 ? new Error('value too long') : undefined));
    log.note(row(1));
    await log.flush();
    log.note(row(2));
    await log.flush();
    expect(inserts).toEqual([['req-1'], ['req-2']]);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it("holds at most MAX_WAITING_PER_KEY rows of one key, so a flooding key cannot crowd out others' rows", async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { log, inserts } = writer();
    // One key's refused requests, far more than its budget, all before a write completes.
    for (let n = 0; n < MAX_WAITING_PER_KEY + 50; n += 1) log.note(row(n));
    log.note(row(1, OTHER_KEY));
    await log.flush();
    const written = inserts.flat();
    expect(written).toHaveLength(MAX_WAITING_PER_KEY + 1);
    expect(written).toContain('req-1');
    expect(written.filter((id) => id === 'req-1')).toHaveLength(2);
    // One warning for the flush, naming the key and how many of its rows were dropped.
    expect(warned).toHaveBeenCalledTimes(1);
    expect(warned.mock.calls[0]?.[0]).toContain(`${KEY}: 50`);
    expect(warned.mock.calls[0]?.[0]).not.toContain(OTHER_KEY);
    // Written, the key's rows no longer count against it: it may note again, and nothing new is warned.
    log.note(row(9_999));
    await log.flush();
    expect(inserts.flat().at(-1)).toBe('req-9999');
    expect(warned).toHaveBeenCalledTimes(1);
    warned.mockRestore();
  });

  it('counts rows kept through an outage against their key, and warns at shutdown of the rows it could not write', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const away = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { log, inserts } = writer(() => away);
    for (let n = 0; n < MAX_WAITING_PER_KEY - 1; n += 1) log.note(row(n));
    await log.flush();
    log.note(row(1, OTHER_KEY));
    log.note(row(MAX_WAITING_PER_KEY));
    log.note(row(MAX_WAITING_PER_KEY + 1));
    await log.onModuleDestroy();
    // Each write tried the rows kept, oldest first; none went through.
    expect(inserts.at(-1)?.[0]).toBe('req-0');
    expect(warned.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining(`${KEY}: 1`),
      `shutting down: dropped ${MAX_WAITING_PER_KEY + 1} request log rows the database did not take (it is away)`,
    ]);
    warned.mockRestore();
  });
});

describe('loggedIdempotencyKey', () => {
  it('keeps a valid Idempotency-Key whole, and nothing else (no slice of a longer header)', () => {
    expect(loggedIdempotencyKey('order-42')).toBe('order-42');
    expect(loggedIdempotencyKey('k'.repeat(255))).toBe('k'.repeat(255));
    expect(loggedIdempotencyKey('k'.repeat(256))).toBeNull();
    expect(loggedIdempotencyKey('k'.repeat(100_000))).toBeNull();
    expect(loggedIdempotencyKey('has space')).toBeNull();
    expect(loggedIdempotencyKey('caf\u00e9')).toBeNull();
    expect(loggedIdempotencyKey('')).toBeNull();
    expect(loggedIdempotencyKey(undefined)).toBeNull();
    expect(loggedIdempotencyKey(['a', 'b'])).toBeNull();
  });
});
