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
  livemode: true,
} as const;

@Injectable()
export class WalletsRepository {
  async create(
    db: Db,
    wallet: { name: string; currency: string; ownerId: string; livemode: boolean },
  ): Promise<WalletRow> {
    return db.wallet.create({ data: wallet, select: WALLET_SELECT });
  }

  /**
   * The wallet, only if it belongs to the owner and is of the mode (live or test): anyone else's, and the
   * other mode's, answer as missing.
   */
  async findOwned(db: Db, id: string, ownerId: string, livemode: boolean): Promise<WalletRow | null> {
    return db.wallet.findFirst({ where: { id, ownerId, livemode }, select: WALLET_SELECT });
  }

  /** The owner's wallets of one mode, oldest first, one page past `afterSeq`. */
  async list(
    db: Db,
    page: { ownerId: string; livemode: boolean; limit: number; afterSeq?: bigint | undefined },
  ): Promise<WalletRow[]> {
    return db.wallet.findMany({
      where: {
        ownerId: page.ownerId,
        livemode: page.livemode,
        ...(page.afterSeq !== undefined ? { seq: { gt: page.afterSeq } } : {}),
      },
      orderBy: { seq: 'asc' },
      take: page.limit,
      select: WALLET_SELECT,
    });
  }
}
