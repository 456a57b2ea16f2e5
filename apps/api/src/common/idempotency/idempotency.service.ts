import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Db, sqlState } from '../../database/db';
import type { Prisma } from '../../generated/prisma/client';
import { type Outcome, Recorded } from '../outcome';
import { IdempotencyKeyInProgressError, IdempotencyKeyReusedError } from './idempotency.errors';
import { IdempotencyRepository } from './idempotency.repository';

/** The caller's Idempotency-Key and the name of the operation it is sent with. */
export interface IdempotencyToken {
  operation: string;
  key: string | undefined;
}

/** What the caller's Idempotency-Key covers: the operation (named by the caller) and its input. */
export interface IdempotentCall {
  /** Whose keys these are: two callers may use the same key for different things. */
  scope: string;
  key: string | undefined;
  /** The operation's stable name, e.g. "fundWallet"; the same key on another operation is a reuse. */
  operation: string;
  /** The validated input, with amounts in canonical decimal form so that `10` and "10.00" match. */
  input: unknown;
}

/**
 * At most one effect per Idempotency-Key. Runs inside the caller's unit of work:
 * - the key is claimed by a unique (scope, key) row in the same transaction as the effect, so two
 *   processes can never both apply it; a duplicate in flight waits on that row, then replays;
 * - the outcome (done, or declined) is stored with the claim and commits with the effect; anything
 *   thrown rolls back the effect and the claim together, so a corrected request may reuse the key.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly keys: IdempotencyRepository) {}

  async once<T>(tx: Db, call: IdempotentCall, work: () => Promise<Outcome<T>>): Promise<Recorded<T>> {
    return this.onceFused(
      tx,
      call,
      async (claim) => ({ claimId: claim ? await this.keys.claim(tx, claim) : null }),
      () => work(),
    );
  }

  /**
   * once(), with the claim and the stored outcome carried by the work's own first and last statements,
   * which saves two round trips while the work holds its row locks:
   * - `first` runs its first statement with `claim` (null without a key) as a CTE and reports the
   *   claim's id (null when the key was taken: the earlier outcome is then replayed);
   * - `rest` may call `recordWith(outcome)` and run the statement it returns as a CTE of its last
   *   statement; when it returns another outcome than the one it recorded, that one is stored here.
   */
  async onceFused<F extends { claimId: string | null }, T>(
    tx: Db,
    call: IdempotentCall,
    first: (claim: Prisma.Sql | null) => Promise<F>,
    rest: (first: F, recordWith: (outcome: Outcome<T>) => Prisma.Sql | null) => Promise<Outcome<T>>,
  ): Promise<Recorded<T>> {
    const { key, scope } = call;
    if (key === undefined) return new Recorded(await rest(await first(null), () => null), false);
    const requestHash = fingerprint(call);
    const started = await this.waitingOnDuplicate(scope, key, requestHash, () =>
      first(this.keys.claimSql(scope, key, requestHash)),
    );
    const { claimId } = started;
    if (claimId === null) return this.replay<T>(tx, scope, key, requestHash);
    let recorded: Outcome<T> | null = null;
    const outcome = await rest(started, (value) => {
      recorded = value;
      return this.keys.completeSql(claimId, value);
    });
    if (recorded !== outcome) await this.keys.complete(tx, claimId, outcome);
    return new Recorded(outcome, false);
  }

  private async replay<T>(tx: Db, scope: string, key: string, requestHash: string): Promise<Recorded<T>> {
    const stored = await this.keys.find(tx, scope, key);
    if (!stored) throw new Error('idempotency key vanished between claim and read');
    if (stored.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
    return new Recorded(stored.outcome as Outcome<T>, true);
  }

  /**
   * A statement that claims a key may wait on a duplicate in flight, up to lock_timeout; when it also
   * locks rows, a lock timeout may instead be theirs. A short probe tells which: a duplicate still
   * holding the key is 409 IDEMPOTENCY_KEY_IN_PROGRESS; anything else stays a lock timeout (503).
   */
  private async waitingOnDuplicate<F>(
    scope: string,
    key: string,
    requestHash: string,
    statement: () => Promise<F>,
  ): Promise<F> {
    try {
      return await statement();
    } catch (error) {
      if (sqlState(error) === '55P03' && (await this.keys.isClaimHeld(scope, key, requestHash))) {
        throw new IdempotencyKeyInProgressError();
      }
      throw error;
    }
  }
}

/** sha256 of what makes two requests "the same": the operation, the caller and the canonical input. */
export function fingerprint(call: Pick<IdempotentCall, 'operation' | 'scope' | 'input'>): string {
  const text = JSON.stringify([call.operation, call.scope, sortKeys(call.input)]);
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
