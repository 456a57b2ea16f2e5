import { getCurrency, minorToNumber } from '@wallet/money';
import { modeOf } from '../auth/mode';
import type { WalletRow } from '../database/rows';
import type { ForeignWallet, Wallet } from './dto/wallet-view.dto';

/**
 * A wallet as the API shows it to its owner: the balance in major units, exact. The one view of a
 * wallet: the wallet routes, the movements' answers and the live events' `balance` all use it.
 */
export function toWalletView(
  row: Pick<
    WalletRow,
    | 'id'
    | 'name'
    | 'currency'
    | 'balanceMinor'
    | 'reservedMinor'
    | 'createdAt'
    | 'updatedAt'
    | 'frozenAt'
    | 'livemode'
  >,
): Wallet {
  const currency = getCurrency(row.currency);
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    balance: minorToNumber(row.balanceMinor, currency),
    // What can be spent: the balance less money reserved (a transfer held for review).
    availableBalance: minorToNumber(row.balanceMinor - row.reservedMinor, currency),
    // Only whether: why, and who froze it, are for staff (ops/wallet-freeze).
    frozen: row.frozenAt !== null,
    mode: modeOf(row.livemode),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Another user's wallet, as much of it as a movement into it may show: its id and currency. */
export function toForeignWalletView(row: Pick<WalletRow, 'id' | 'currency'>): ForeignWallet {
  return { id: row.id, currency: row.currency };
}
