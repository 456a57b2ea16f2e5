import { Logger } from '@nestjs/common';
import type { PrismaService } from '../../src/database/prisma.service';
import { RequestLogWriter } from '../../src/request-logs/request-log-writer';
import type { NewRequestLog, RequestLogsRepository } from '../../src/request-logs/request-logs.repository';

const row = (n: number): NewRequestLog => ({
  userId: '11111111-1111-4111-8111-111111111111',
  apiKeyId: '22222222-2222-4222-8222-222222222222',
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
});
