import type { Wallet } from '@wallet/contract';
import { addMinor } from '../../../lib/money';

/** The wallet list as it will be once `deltaMinor` lands on one wallet; exact, in minor units. */
export function applyBalanceDelta(wallets: Wallet[], walletId: string, deltaMinor: bigint): Wallet[] {
  return wallets.map((wallet) =>
    wallet.id === walletId
      ? { ...wallet, balance: addMinor(wallet.balance, deltaMinor, wallet.currency) }
      : wallet,
  );
}
