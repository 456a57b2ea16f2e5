import { Injectable } from '@nestjs/common';
import { getCurrency, minorToNumber, parseAmount } from '@wallet/money';
import type { Caller } from '../auth/caller';
import { livemodeOf } from '../auth/mode';
import { ValidationFailedError } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import type { WalletRow } from '../database/rows';
import { UnitOfWork } from '../database/unit-of-work';
import type { BalanceAlert as AlertRow } from '../generated/prisma/client';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import type { BalanceAlert, SetBalanceAlertRequest } from './dto/balance-alert.dto';

/**
 * A wallet's balance alert, set and read by the wallet's owner. Crossings are found by the ledger's
 * listener (BalanceAlertsListener), from each posting's own rows.
 */
@Injectable()
export class BalanceAlertsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async get(caller: Caller, walletId: string): Promise<BalanceAlert> {
    const wallet = await this.ownedWallet(caller, walletId, this.prisma);
    const row = await this.prisma.balanceAlert.findUnique({ where: { walletId } });
    return toView(wallet, row);
  }

  /** Replaces the alert: what is absent or null is cleared; both cleared removes it. */
  set(caller: Caller, walletId: string, input: SetBalanceAlertRequest): Promise<BalanceAlert> {
    return this.unitOfWork.run(async (tx) => {
      const wallet = await this.ownedWallet(caller, walletId, tx);
      const belowMinor = thresholdIn(input.below, wallet.currency, 'below');
      const aboveMinor = thresholdIn(input.above, wallet.currency, 'above');
      if (belowMinor !== null && aboveMinor !== null && belowMinor >= aboveMinor) {
        throw new ValidationFailedError('The alert\'s "below" must be less than its "above".', [
          { field: 'above', message: 'must be greater than below' },
        ]);
      }
      if (belowMinor === null && aboveMinor === null) {
        await tx.balanceAlert.deleteMany({ where: { walletId } });
        return toView(wallet, null);
      }
      const data = { belowMinor, aboveMinor, updatedAt: new Date() };
      const row = await tx.balanceAlert.upsert({
        where: { walletId },
        create: { walletId, ...data },
        update: data,
      });
      return toView(wallet, row);
    });
  }

  private async ownedWallet(
    caller: Caller,
    walletId: string,
    db: Pick<PrismaService, 'wallet'>,
  ): Promise<WalletRow> {
    const wallet = await db.wallet.findFirst({
      where: { id: walletId, ownerId: caller.userId, livemode: livemodeOf(caller) },
    });
    if (!wallet) throw new WalletNotFoundError(walletId);
    return wallet;
  }
}

function thresholdIn(text: string | null | undefined, code: string, field: string): bigint | null {
  if (text === undefined || text === null) return null;
  const parsed = parseAmount(text, getCurrency(code));
  if (!parsed.ok) {
    throw new ValidationFailedError(`The alert's "${field}" ${parsed.message}.`, [
      { field, message: parsed.message },
    ]);
  }
  return parsed.minor;
}

function toView(wallet: WalletRow, row: AlertRow | null): BalanceAlert {
  const currency = getCurrency(wallet.currency);
  const shown = (minor: bigint | null | undefined) => (minor == null ? null : minorToNumber(minor, currency));
  return {
    walletId: wallet.id,
    currency: wallet.currency,
    below: shown(row?.belowMinor),
    above: shown(row?.aboveMinor),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
