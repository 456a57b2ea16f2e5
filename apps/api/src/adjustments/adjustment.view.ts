import { getCurrency, minorToNumber } from '@wallet/money';
import type { WalletRow } from '../database/rows';
import { toWalletView } from '../transactions/wallet.view';
import type { AdjustmentRow } from './adjustments.repository';
import type { Adjustment } from './dto/adjustment.dto';
import type { StaffWallet } from './dto/staff-wallet.dto';

export function toAdjustmentView(row: AdjustmentRow): Adjustment {
  return {
    id: row.id,
    walletId: row.walletId,
    direction: row.direction,
    amount: minorToNumber(row.amountMinor, getCurrency(row.currency)),
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    proposedBy: row.proposer,
    proposedAt: row.proposedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedBy: row.decider,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionReason: row.decisionReason,
    transactionId: row.transactionId,
  };
}

/** A wallet as staff see it: the owner's view, who owns it, and the freeze's when, why and who. */
export function toStaffWalletView(row: WalletRow): StaffWallet {
  return {
    ...toWalletView(row),
    ownerId: row.ownerId,
    frozenAt: row.frozenAt?.toISOString() ?? null,
    frozenReason: row.frozenReason,
    frozenBy: row.frozenBy,
  };
}
