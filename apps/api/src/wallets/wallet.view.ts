import { getCurrency, minorToNumber } from '@wallet/money';
import type { WalletRow } from '../database/rows';
import type { Wallet } from './dto/wallet.dto';

/** A wallet as the API shows it to its owner: the balance in major units, exact. */
export function toWalletView(
  row: Pick<WalletRow, 'id' | 'name' | 'currency' | 'balanceMinor' | 'createdAt' | 'updatedAt'>,
): Wallet {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    balance: minorToNumber(row.balanceMinor, getCurrency(row.currency)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
