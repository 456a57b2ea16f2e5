import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Db, sqlState, TRANSACTION_OPTIONS } from '../../database/db';
import { PrismaService } from '../../database/prisma.service';
import { isRecordedRejection, type Problem, problemFromError, RecordedProblem } from '../problem';
import { IdempotencyKeyInProgressError, IdempotencyKeyReusedError } from './idempotency.errors';
import { IdempotencyRepository } from './idempotency.repository';

export interface IdempotentRequest {
  scope: string;
  key: string | undefined;
  method: string;
  path: string;
  /** The validated body with amounts in canonical decimal form, so `10` and "10.00" match. */
  canonicalBody: unknown;
}

/** A success to send: the body, and whether it is the replay of an earlier answer. */
export class ApiResult<T> {
  constructor(
    readonly body: T,
    readonly replayed: boolean,
  ) {}
}

type Outcome<T> =
  | { kind: 'done'; body: T }
  | { kind: 'declined'; problem: Problem }
  | { kind: 'existing'; requestHash: string; status: number; body: unknown };

/**
 * Runs one state-changing use case in a single database transaction, with its Idempotency-Key.
 *
 * - The key is claimed by a unique (scope, key) row in the same transaction as the money movement, so
 *   two processes can never both apply it; a duplicate in flight waits on that row and then replays.
 * - A business rejection (404/422) is committed with what the work wrote (the FAILED ledger row) and
 *   stored under the key; a validation error or a crash rolls everything back, key included.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly keys: IdempotencyRepository,
  ) {}

  async execute<T>(
    request: IdempotentRequest,
    successStatus: number,
    work: (tx: Db) => Promise<T>,
  ): Promise<ApiResult<T>> {
    const { key, scope } = request;
    const requestHash = key === undefined ? '' : fingerprint(request);
    let outcome: Outcome<T>;
    try {
      outcome = await this.prisma.$transaction(async (tx): Promise<Outcome<T>> => {
        let claimId: string | null = null;
        if (key !== undefined) {
          claimId = await this.keys.claim(tx, scope, key, requestHash);
          if (claimId === null) {
            const existing = await this.keys.find(tx, scope, key);
            if (!existing) throw new Error('idempotency key vanished between claim and read');
            return {
              kind: 'existing',
              requestHash: existing.requestHash,
              status: existing.responseStatus,
              body: existing.responseBody,
            };
          }
        }
        let result: Outcome<T>;
        try {
          result = { kind: 'done', body: await work(tx) };
        } catch (error) {
          if (!isRecordedRejection(error)) throw error;
          result = { kind: 'declined', problem: problemFromError(error) };
        }
        if (claimId !== null) {
          const [status, body] =
            result.kind === 'declined'
              ? [result.problem.status, result.problem]
              : [successStatus, result.body];
          await this.keys.complete(tx, claimId, status, body);
        }
        return result;
      }, TRANSACTION_OPTIONS);
    } catch (error) {
      // 55P03: the claim waited past lock_timeout on a duplicate that is still running.
      if (key !== undefined && sqlState(error) === '55P03') throw new IdempotencyKeyInProgressError();
      throw error;
    }

    switch (outcome.kind) {
      case 'done':
        return new ApiResult(outcome.body, false);
      case 'declined':
        throw new RecordedProblem(outcome.problem, false);
      case 'existing':
        if (outcome.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
        if (outcome.status >= 400) throw new RecordedProblem(outcome.body as Problem, true);
        return new ApiResult(outcome.body as T, true);
    }
  }
}

/** sha256 of what makes two requests "the same": method, path, caller and canonical body. */
export function fingerprint(request: IdempotentRequest): string {
  const text = JSON.stringify([request.method, request.path, request.scope, sortKeys(request.canonicalBody)]);
  return createHash('sha256').update(text).digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
