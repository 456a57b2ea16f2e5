import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { WalletRow } from '../database/rows';

/**
 * Freezing writes only the three frozen columns (the runtime role may write no other of a wallet's
 * but its balance, and a balance never changes without its ledger row): never the balance.
 */
@Injectable()
export class WalletFreezeRepository {
  /** The wallet, locked as a posting locks it: a freeze and a transfer out of it queue. */
  async lock(db: Db, id: string): Promise<WalletRow | null> {
    const rows = await db.$queryRaw<
      { id: string }[]
    >`SELECT id FROM wallets WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    return rows[0] ? db.wallet.findUnique({ where: { id } }) : null;
  }

  find(db: Db, id: string): Promise<WalletRow | null> {
    return db.wallet.findUnique({ where: { id } });
  }

  async freeze(db: Db, id: string, reason: string, by: string): Promise<WalletRow> {
    await db.$executeRaw`
      UPDATE wallets SET frozen_at = clock_timestamp(), frozen_reason = ${reason}, frozen_by = ${by}::uuid
      WHERE id = ${id}::uuid`;
    return db.wallet.findUniqueOrThrow({ where: { id } });
  }

  async unfreeze(db: Db, id: string): Promise<WalletRow> {
    await db.$executeRaw`
      UPDATE wallets SET frozen_at = NULL, frozen_reason = NULL, frozen_by = NULL WHERE id = ${id}::uuid`;
    return db.wallet.findUniqueOrThrow({ where: { id } });
  }
}
