import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../audit/request-context';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { OwnAccountError } from '../ops/own-account';
import type { StaffMember } from '../ops/staff';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import { toStaffWalletView } from './adjustment.view';
import type { StaffWallet } from './dto/staff-wallet.dto';
import { OperatorAudit } from './operator-audit';
import { WalletFreezeRepository } from './wallet-freeze.repository';

/**
 * Freezing a wallet: it then sends nothing (its owner's transfers and refunds out are declined with
 * WALLET_FROZEN, recorded as FAILED rows), while it still receives transfers and funding and approved
 * adjustments still apply. Each change is audited in its own transaction; freezing a frozen wallet (or
 * unfreezing one that is not) changes nothing and records nothing.
 */
@Injectable()
export class WalletFreezeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly unitOfWork: UnitOfWork,
    private readonly wallets: WalletFreezeRepository,
    private readonly audit: OperatorAudit,
  ) {}

  async state(walletId: string): Promise<StaffWallet> {
    const wallet = await this.wallets.find(this.prisma, walletId);
    if (!wallet) throw new WalletNotFoundError(walletId);
    return toStaffWalletView(wallet);
  }

  freeze(
    staff: StaffMember,
    walletId: string,
    reason: string,
    context: RequestContext,
  ): Promise<StaffWallet> {
    return this.unitOfWork.run(async (tx) => {
      const before = await this.locked(tx, walletId, staff, 'freeze a wallet');
      if (before.frozenAt !== null) return toStaffWalletView(before);
      const after = await this.wallets.freeze(tx, walletId, reason, staff.userId);
      await this.audit.record(tx, staff, context, {
        action: 'wallet.frozen',
        subjectType: 'wallet',
        subjectId: walletId,
        userId: before.ownerId,
        before: { frozen: false },
        after: { frozen: true, reason },
      });
      return toStaffWalletView(after);
    });
  }

  unfreeze(
    staff: StaffMember,
    walletId: string,
    reason: string,
    context: RequestContext,
  ): Promise<StaffWallet> {
    return this.unitOfWork.run(async (tx) => {
      const before = await this.locked(tx, walletId, staff, 'unfreeze a wallet');
      if (before.frozenAt === null) return toStaffWalletView(before);
      const after = await this.wallets.unfreeze(tx, walletId);
      await this.audit.record(tx, staff, context, {
        action: 'wallet.unfrozen',
        subjectType: 'wallet',
        subjectId: walletId,
        userId: before.ownerId,
        before: { frozen: true, reason: before.frozenReason, frozenBy: before.frozenBy },
        after: { frozen: false, reason },
      });
      return toStaffWalletView(after);
    });
  }

  /** The wallet, locked; one of the staff member's own is refused (403), nothing changed. */
  private async locked(tx: Db, walletId: string, staff: StaffMember, what: string) {
    const wallet = await this.wallets.lock(tx, walletId);
    if (!wallet) throw new WalletNotFoundError(walletId);
    if (wallet.ownerId === staff.userId) throw new OwnAccountError(what);
    return wallet;
  }
}
