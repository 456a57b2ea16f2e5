import type { QueryClient } from '@tanstack/react-query';
import type { Wallet } from '@wallet/contract';
import { addMinor } from '../../../lib/money';
import { walletKeys } from './query-keys';

/** The wallet list as it will be once `deltaMinor` lands on one wallet; exact, in minor units. */
export function applyBalanceDelta(wallets: Wallet[], walletId: string, deltaMinor: bigint): Wallet[] {
  return wallets.map((wallet) =>
    wallet.id === walletId
      ? { ...wallet, balance: addMinor(wallet.balance, deltaMinor, wallet.currency) }
      : wallet,
  );
}

export interface BalanceSnapshot {
  previous: Wallet[] | undefined;
}

/**
 * The optimistic half of a money movement (the TanStack way): stop refetches that would overwrite it,
 * keep a snapshot, and move the balances on screen now.
 */
export async function moveBalancesNow(
  queryClient: QueryClient,
  deltas: { walletId: string; deltaMinor: bigint }[],
): Promise<BalanceSnapshot> {
  await queryClient.cancelQueries({ queryKey: walletKeys.list() });
  const previous = queryClient.getQueryData<Wallet[]>(walletKeys.list());
  queryClient.setQueryData<Wallet[]>(walletKeys.list(), (wallets) =>
    wallets
      ? deltas.reduce(
          (list, { walletId, deltaMinor }) => applyBalanceDelta(list, walletId, deltaMinor),
          wallets,
        )
      : wallets,
  );
  return { previous };
}

/**
 * The server said no: put the snapshot back. Not while another action is in flight, since the snapshot
 * would undo that one too; then the refetch on settle restores the truth instead.
 */
export function rollBackBalances(queryClient: QueryClient, snapshot: BalanceSnapshot | undefined): void {
  if (snapshot?.previous && queryClient.isMutating() <= 1) {
    queryClient.setQueryData(walletKeys.list(), snapshot.previous);
  }
}
