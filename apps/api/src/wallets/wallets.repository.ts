import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { WalletRow } from './dto/wallet.dto';

const WALLET_SELECT = {
  id: true,
  seq: true,
  name: true,
  currency: true,
  balanceMinor: true,
  createdAt: true,
  updatedAt: true,
} as const;

@Injectable()
export class WalletsRepository {
  async create(db: Db, wallet: { name: string; currency: string }): Promise<WalletRow> {
    return db.wallet.create({ data: wallet, select: WALLET_SELECT });
  }

  async findById(db: Db, id: string): Promise<WalletRow | null> {
    return db.wallet.findUnique({ where: { id }, select: WALLET_SELECT });
  }

  /** Oldest first, one page past `afterSeq`. */
  async list(db: Db, page: { limit: number; afterSeq?: bigint | undefined }): Promise<WalletRow[]> {
    return db.wallet.findMany({
      where: page.afterSeq !== undefined ? { seq: { gt: page.afterSeq } } : {},
      orderBy: { seq: 'asc' },
      take: page.limit,
      select: WALLET_SELECT,
    });
  }

  /**
   * Locks the given wallets for the rest of the transaction, always in ascending id order, so two
   * transfers in opposite directions queue instead of deadlocking. Returns the locked rows.
   */
  async lockForUpdate(db: Db, ids: string[]): Promise<WalletRow[]> {
    return db.$queryRaw<WalletRow[]>`
      SELECT id, seq, name, currency, balance_minor AS "balanceMinor", created_at AS "createdAt", updated_at AS "updatedAt"
      FROM wallets WHERE id = ANY(${ids}::uuid[])
      ORDER BY id
      FOR UPDATE`;
  }
}
