import { Injectable } from '@nestjs/common';
import type { Db } from '../../database/db';

export interface StoredResponse {
  requestHash: string;
  responseStatus: number;
  responseBody: unknown;
}

@Injectable()
export class IdempotencyRepository {
  /**
   * Claims (scope, key) for this transaction. While another transaction holds an uncommitted claim on
   * the same key, PostgreSQL makes this statement wait for it; returns false when the key is taken.
   */
  async claim(db: Db, scope: string, key: string, requestHash: string): Promise<string | null> {
    const rows = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body)
      VALUES (${scope}, ${key}, ${requestHash}, 0, 'null'::json)
      ON CONFLICT (scope, key) DO NOTHING
      RETURNING id`;
    return rows[0]?.id ?? null;
  }

  async complete(db: Db, id: string, status: number, body: unknown): Promise<void> {
    await db.$executeRaw`
      UPDATE idempotency_keys SET response_status = ${status}, response_body = ${JSON.stringify(body)}::json
      WHERE id = ${id}::uuid`;
  }

  async find(db: Db, scope: string, key: string): Promise<StoredResponse | null> {
    return db.idempotencyKey.findUnique({
      where: { scope_key: { scope, key } },
      select: { requestHash: true, responseStatus: true, responseBody: true },
    });
  }
}
