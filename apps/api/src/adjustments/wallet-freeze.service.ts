import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import { UnitOfWork } from '../database/unit-of-work';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import { toStaffWalletView } from './adjustment.view';
import type { StaffWallet } from './dto/staff-wallet.dto';
import { type AuditContext, type Operator, OperatorAudit } from './operator-audit';
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
    private readonly unitOfWork: UnitOfWork,
    private readonly wallets: WalletFreezeRepository,
    private readonly audit: OperatorAudit,
  ) {}

  freeze(operator: Operator, walletId: string, reason: string, context: AuditContext): Promise<StaffWallet> {
    return this.unitOfWork.run(async (tx) => {
      const before = await this.locked(tx, walletId);
      if (before.frozenAt !== null) return toStaffWalletView(before);
      const after = await this.wallets.freeze(tx, walletId, reason, operator.userId);
      await this.audit.record(tx, operator, context, {
        action: 'wallet.frozen',
        subjectType: 'wallet',
        subjectId: walletId,
        before: { frozen: false },
        after: { frozen: true, reason },
      });
      return toStaffWalletView(after);
    });
  }

  unfreeze(
    operator: Operator,
    walletId: string,
    reason: string,
    context: AuditContext,
  ): Promise<StaffWallet> {
    return this.unitOfWork.run(async (tx) => {
      const before = await this.locked(tx, walletId);
      if (before.frozenAt === null) return toStaffWalletView(before);
      const after = await this.wallets.unfreeze(tx, walletId);
      await this.audit.record(tx, operator, context, {
        action: 'wallet.unfrozen',
        subjectType: 'wallet',
        subjectId: walletId,
        before: { frozen: true, reason: before.frozenReason, frozenBy: before.frozenBy },
        after: { frozen: false, reason },
      });
      return toStaffWalletView(after);
    });
  }

  private async locked(tx: Db, walletId: string) {
    const wallet = await this.wallets.lock(tx, walletId);
    if (!wallet) throw new WalletNotFoundError(walletId);
    return wallet;
  }
}
