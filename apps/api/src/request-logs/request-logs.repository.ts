import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';

/** One request made with an API key, as written after its answer (no body, header or secret). */
export interface NewRequestLog {
  userId: string;
  apiKeyId: string;
  at: Date;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  requestId: string;
  idempotencyKey: string | null;
  problemCode: string | null;
}

/** What a list is narrowed to; all optional filters combine (AND). */
export interface RequestLogFilter {
  userId: string;
  apiKeyId?: string;
  /** An exact status, or a class: [400, 499]. */
  status?: { from: number; to: number };
  route?: string;
}

const LOG_SELECT = {
  id: true,
  apiKeyId: true,
  at: true,
  method: true,
  route: true,
  status: true,
  durationMs: true,
  requestId: true,
  idempotencyKey: true,
  problemCode: true,
} as const;

@Injectable()
export class RequestLogsRepository {
  /** One INSERT of many rows. */
  async insertMany(db: Db, rows: NewRequestLog[]): Promise<void> {
    await db.apiRequestLog.createMany({ data: rows });
  }

  /** Newest first (in the order written), before the cursor's row. */
  async list(db: Db, filter: RequestLogFilter, page: { before?: bigint; take: number }) {
    const rows = await db.apiRequestLog.findMany({
      where: {
        userId: filter.userId,
        ...(filter.apiKeyId ? { apiKeyId: filter.apiKeyId } : {}),
        // An exact status as an equality, so the (key or user, status, id) index serves it in order.
        ...(filter.status
          ? {
              status:
                filter.status.from === filter.status.to
                  ? filter.status.from
                  : { gte: filter.status.from, lte: filter.status.to },
            }
          : {}),
        ...(filter.route ? { route: filter.route } : {}),
        ...(page.before !== undefined ? { id: { lt: page.before } } : {}),
      },
      orderBy: { id: 'desc' },
      take: page.take,
      select: LOG_SELECT,
    });
    return rows.map((row) => ({ ...row, seq: row.id }));
  }

  /** Whether `keyId` is one of the user's keys (revoked ones included: their log stays readable). */
  async isUsersKey(db: Db, userId: string, keyId: string): Promise<boolean> {
    return (await db.apiKey.count({ where: { id: keyId, userId } })) === 1;
  }

  /** Deletes at most `limit` rows written before `cutoff`, oldest first; how many it deleted. */
  deleteOlderThan(db: Db, cutoff: Date, limit: number): Promise<number> {
    return db.$executeRaw`
      DELETE FROM api_request_logs WHERE id IN (
        SELECT id FROM api_request_logs WHERE at < ${cutoff} ORDER BY at LIMIT ${limit})`;
  }
}

export type RequestLogRow = Awaited<ReturnType<RequestLogsRepository['list']>>[number];
