import { Injectable } from '@nestjs/common';
import { type Db, sqlState } from '../../database/db';
import { PrismaService } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { DomainError, type ErrorCode } from '../errors';
import { declined, done, type Outcome } from '../outcome';

export interface StoredCall {
  requestHash: string;
  outcome: Outcome<unknown>;
}

/** A declined outcome as stored: the error's code, detail and extensions. */
interface StoredError {
  code: ErrorCode;
  detail: string;
  [extension: string]: unknown;
}

/** Thrown to end the probe's transaction: it must never keep what it tried. */
class ProbeDone extends Error {}

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Whether another transaction holds an uncommitted claim on (scope, key): a claim tried on its own
   * connection with a short lock timeout, always rolled back. False when no connection is free soon
   * (the caller then treats its own timeout as overload).
   */
  async isClaimHeld(scope: string, key: string, requestHash: string): Promise<boolean> {
    try {
      await this.prisma.$transaction(
        async (probe) => {
          await probe.$executeRaw`SET LOCAL lock_timeout = '100ms'`;
          await this.claim(probe, this.claimSql(scope, key, requestHash));
          throw new ProbeDone();
        },
        { maxWait: 200, timeout: 2_000 },
      );
    } catch (error) {
      return sqlState(error) === '55P03';
    }
    return false;
  }

  /**
   * Claims (scope, key) for this transaction. While another transaction holds an uncommitted claim on
   * the same key, PostgreSQL makes this statement wait for it; returns null when the key is taken.
   */
  async claim(db: Db, claim: Prisma.Sql): Promise<string | null> {
    const rows = await db.$queryRaw<{ id: string }[]>(claim);
    return rows[0]?.id ?? null;
  }

  /** The claim as a statement of its own, to run as a CTE of the work's first statement. */
  claimSql(scope: string, key: string, requestHash: string): Prisma.Sql {
    return Prisma.sql`
      INSERT INTO idempotency_keys (scope, key, request_hash, response_body)
      VALUES (${scope}, ${key}, ${requestHash}, 'null'::json)
      ON CONFLICT (scope, key) DO NOTHING
      RETURNING id`;
  }

  async complete(db: Db, id: string, outcome: Outcome<unknown>): Promise<void> {
    await db.$executeRaw(this.completeSql(id, outcome));
  }

  /** Storing the outcome as a statement of its own, to run as a CTE of the work's last statement. */
  completeSql(id: string, outcome: Outcome<unknown>): Prisma.Sql {
    const result =
      outcome.kind === 'done'
        ? outcome.value
        : { code: outcome.error.code, detail: outcome.error.detail, ...outcome.error.extensions };
    return Prisma.sql`
      UPDATE idempotency_keys SET outcome = ${outcome.kind}, response_body = ${JSON.stringify(result)}::json
      WHERE id = ${id}::uuid
      RETURNING id`;
  }

  async find(db: Db, scope: string, key: string): Promise<StoredCall | null> {
    const row = await db.idempotencyKey.findUnique({
      where: { scope_key: { scope, key } },
      select: { requestHash: true, outcome: true, responseStatus: true, responseBody: true },
    });
    if (!row) return null;
    // Rows from before `outcome` existed recorded an HTTP status: 4xx was a decline.
    const wasDeclined =
      row.outcome === 'declined' || (row.outcome === null && (row.responseStatus ?? 0) >= 400);
    return {
      requestHash: row.requestHash,
      outcome: wasDeclined ? declined(toError(row.responseBody as StoredError)) : done(row.responseBody),
    };
  }
}

function toError(stored: StoredError): DomainError {
  // Older rows hold a whole problem document; its type, title and status follow from the code.
  const { code, detail, type: _type, title: _title, status: _status, ...extensions } = stored;
  return new DomainError(code, detail, extensions);
}
