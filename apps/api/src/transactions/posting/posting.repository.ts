import { Injectable } from '@nestjs/common';
import type { Db } from '../../database/db';
import type { WalletRow } from '../../database/rows';
import { Prisma } from '../../generated/prisma/client';
import type { StatementPart } from '../ledger-events.port';
import type { BalanceMove, LedgerEntry } from './posting';

export interface LockedWallets {
  wallets: WalletRow[];
  at: Date;
  claimId: string | null;
}

const concat = (sql: Prisma.Sql[]) => (sql.length > 0 ? Prisma.join(sql, '') : Prisma.empty);

type LockedRow = { claimId: string | null; at: Date } & (WalletRow | { [K in keyof WalletRow]: null });

/**
 * The ledger's writes. Posting a movement changes balances and appends its ledger rows in ONE statement,
 * so a fund or a transfer costs a single round trip once its wallets are locked; the balance guards in
 * the statement (and the CHECK constraints under them) hold even if a caller got the arithmetic wrong.
 */
@Injectable()
export class PostingRepository {
  /**
   * Locks the given wallets for the rest of the transaction, always in ascending id order, so two
   * transfers in opposite directions queue instead of deadlocking. Returns the locked rows, the time
   * once every lock is held (what the writes under these locks are stamped with, so a row never looks
   * older than one it waited for), and the id of `claim` (an Idempotency-Key's claim statement run in
   * the same round trip; null when there is none or the key was taken).
   */
  async lockWallets(db: Db, ids: string[], claim: Prisma.Sql | null = null): Promise<LockedWallets> {
    const rows = await db.$queryRaw<LockedRow[]>`
      WITH claim AS (${claim ?? Prisma.sql`SELECT NULL::uuid AS id WHERE false`}),
      locked AS (
        SELECT id, seq, owner_id AS "ownerId", name, currency, balance_minor AS "balanceMinor",
               reserved_minor AS "reservedMinor", created_at AS "createdAt", updated_at AS "updatedAt",
               frozen_at AS "frozenAt", frozen_reason AS "frozenReason", frozen_by AS "frozenBy", livemode
        FROM wallets WHERE id = ANY(${ids}::uuid[])
        ORDER BY id
        -- Exclusive among movements, but not against foreign-key checks (KEY SHARE) of rows that
        -- reference a wallet: a movement never changes a wallet's key.
        FOR NO KEY UPDATE
      ),
      -- The aggregate reads every locked row before the clock is read.
      held AS (SELECT count(*) AS n, clock_timestamp()::timestamptz(3) AS at FROM locked)
      SELECT (SELECT id FROM claim) AS "claimId", held.at, locked.*
      FROM held LEFT JOIN locked ON true
      ORDER BY locked.id`;
    const first = rows[0];
    if (!first) throw new Error('the lock statement returned no row');
    return {
      claimId: first.claimId,
      at: first.at,
      wallets: rows.flatMap(({ claimId: _c, at: _a, ...wallet }) => (wallet.id ? [wallet as WalletRow] : [])),
    };
  }

  /**
   * Writes a posting in one statement (it must be one: the database's balance guard checks, at the end of
   * each statement, that every balance it changed has the ledger row that says so): the balance moves
   * (each guarded to stay within [0, its max]), the ledger rows, `record` (the caller's stored
   * Idempotency-Key outcome) and the listeners' `parts` (e.g. the webhook outbox) as CTEs. Returns each moved wallet's new balance and how many ledger rows were
   * written, for the caller to check against its plan, and the value of each part's `returns`.
   */
  async write(
    db: Db,
    moves: BalanceMove[],
    entries: LedgerEntry[],
    at: Date,
    record: Prisma.Sql | null,
    parts: StatementPart[],
  ): Promise<{ balances: Map<string, bigint>; entries: number; parts: unknown[] }> {
    const col = <K extends keyof LedgerEntry>(key: K) => entries.map((entry) => entry[key]);
    // Each part's CTEs after the ledger's own, and its value as column part<i> of the one result row.
    const partCtes = concat(parts.map((part) => Prisma.sql`, ${part.ctes}`));
    const partValues = concat(
      parts.map((part, i) => Prisma.sql`, ${part.returns} AS ${Prisma.raw(`"part${i}"`)}`),
    );
    const rows = await db.$queryRaw<
      ({ moved: { id: string; balance: string }[] | null; entries: bigint } & Record<string, unknown>)[]
    >`
      WITH moved AS (
        UPDATE wallets AS w SET balance_minor = w.balance_minor + m.delta, updated_at = ${at}::timestamptz
        FROM unnest(${moves.map((m) => m.walletId)}::uuid[], ${moves.map((m) => m.deltaMinor)}::bigint[],
                    ${moves.map((m) => m.maxBalanceMinor)}::bigint[]) AS m(id, delta, max)
        WHERE w.id = m.id AND w.balance_minor + m.delta BETWEEN 0 AND m.max
        RETURNING w.id, w.balance_minor
      ), written AS (
        INSERT INTO transactions (id, wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                  balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id,
                                  failure_code, description, reference, refund_of, created_at)
        SELECT * FROM unnest(${col('id')}::uuid[], ${col('walletId')}::uuid[], ${col('type')}::"TransactionType"[],
                             ${col('status')}::"TransactionStatus"[], ${col('amountMinor')}::bigint[],
                             ${col('currency')}::char(3)[], ${col('balanceBeforeMinor')}::bigint[],
                             ${col('balanceAfterMinor')}::bigint[], ${col('sourceWalletId')}::uuid[],
                             ${col('destinationWalletId')}::uuid[], ${col('transferId')}::uuid[],
                             ${col('failureCode')}::varchar(64)[], ${col('description')}::varchar(140)[],
                             ${col('reference')}::varchar(64)[], ${col('refundOf')}::uuid[],
                             ${col('createdAt')}::timestamptz[])
        RETURNING id
      ), recorded AS (${record ?? Prisma.sql`SELECT NULL::uuid AS id WHERE false`})
      ${partCtes}
      SELECT (SELECT json_agg(json_build_object('id', id, 'balance', balance_minor::text)) FROM moved) AS moved,
             (SELECT count(*) FROM written) + 0 * (SELECT count(*) FROM recorded) AS entries
             ${partValues}`;
    const row = rows[0];
    return {
      balances: new Map((row?.moved ?? []).map((m) => [m.id, BigInt(m.balance)])),
      entries: Number(row?.entries ?? 0),
      parts: parts.map((_, i) => row?.[`part${i}`] ?? null),
    };
  }
}
