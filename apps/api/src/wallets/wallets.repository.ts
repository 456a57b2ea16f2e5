import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { WalletRow } from '../database/rows';
import { Prisma } from '../generated/prisma/client';

const WALLET_SELECT = {
  id: true,
  ownerId: true,
  seq: true,
  name: true,
  currency: true,
  balanceMinor: true,
  createdAt: true,
  updatedAt: true,
} as const;

@Injectable()
export class WalletsRepository {
  async create(db: Db, wallet: { name: string; currency: string; ownerId: string }): Promise<WalletRow> {
    return db.wallet.create({ data: wallet, select: WALLET_SELECT });
  }

  /** The wallet, only if it belongs to the owner: anyone else's answers as missing. */
  async findOwned(db: Db, id: string, ownerId: string): Promise<WalletRow | null> {
    return db.wallet.findFirst({ where: { id, ownerId }, select: WALLET_SELECT });
  }

  /** The owner's wallets, oldest first, one page past `afterSeq`. */
  async list(
    db: Db,
    page: { ownerId: string; limit: number; afterSeq?: bigint | undefined },
  ): Promise<WalletRow[]> {
    return db.wallet.findMany({
      where: {
        ownerId: page.ownerId,
        ...(page.afterSeq !== undefined ? { seq: { gt: page.afterSeq } } : {}),
      },
      orderBy: { seq: 'asc' },
      take: page.limit,
      select: WALLET_SELECT,
    });
  }

  /**
   * Locks the given wallets for the rest of the transaction, always in ascending id order, so two
   * transfers in opposite directions queue instead of deadlocking. Returns the locked rows, the time
   * once every lock is held (what the writes under these locks are stamped with, so a row never looks
   * older than one it waited for), and the id of `claim` (an Idempotency-Key's claim statement run in
   * the same round trip; null when there is none or the key was taken).
   */
  async lockForUpdate(db: Db, ids: string[], claim: Prisma.Sql | null = null): Promise<LockedWallets> {
    const rows = await db.$queryRaw<LockedRow[]>`
      WITH claim AS (${claim ?? Prisma.sql`SELECT NULL::uuid AS id WHERE false`}),
      locked AS (
        SELECT id, seq, owner_id AS "ownerId", name, currency, balance_minor AS "balanceMinor",
               created_at AS "createdAt", updated_at AS "updatedAt"
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
}

export interface LockedWallets {
  wallets: WalletRow[];
  at: Date;
  claimId: string | null;
}

type LockedRow = { claimId: string | null; at: Date } & (WalletRow | { [K in keyof WalletRow]: null });
