import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { WalletRow } from '../database/rows';

const WALLET_SELECT = {
  id: true,
  ownerId: true,
  seq: true,
  name: true,
  currency: true,
  balanceMinor: true,
  reservedMinor: true,
  createdAt: true,
  updatedAt: true,
  frozenAt: true,
  frozenReason: true,
  frozenBy: true,
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
}
