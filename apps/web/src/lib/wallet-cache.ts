import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Wallet, WalletPage } from '@wallet/contract';
import { findCurrency, toMinorUnits } from '@wallet/money';
import { addMinor } from './money';
import { queryKeys } from './query-keys';

/**
 * The wallet list as the cache holds it (pages of the API's answer), shared by the features that read
 * it and those that move its balances before the server answers.
 */
export type WalletPages = InfiniteData<WalletPage, string | null>;

export function walletsOf(data: InfiniteData<WalletPage, unknown> | undefined): Wallet[] {
  return data?.pages.flatMap((page) => page.data) ?? [];
}

export interface BalanceDelta {
  walletId: string;
  deltaMinor: bigint;
}

/** What a wallet can spend (its balance less money held for review), in exact minor units. */
export function availableMinor(wallet: Wallet): bigint {
  const currency = findCurrency(wallet.currency);
  return currency ? toMinorUnits(wallet.availableBalance, currency) : 0n;
}

/** A wallet's balance in exact minor units. */
export function balanceMinor(wallet: Wallet): bigint {
  const currency = findCurrency(wallet.currency);
  return currency ? toMinorUnits(wallet.balance, currency) : 0n;
}

/**
 * The balances the screen may show before the server answers. A debit the known balance cannot cover is
 * not shown at all, nor the credit it would pay for: the screen never holds a negative balance or money
 * that does not exist. Then the screen simply waits for the server. Returns [] for "show nothing yet".
 */
export function coveredDeltas(wallets: Wallet[], deltas: BalanceDelta[]): BalanceDelta[] {
  const byId = new Map(wallets.map((w) => [w.id, w]));
  for (const { walletId, deltaMinor } of deltas) {
    if (deltaMinor >= 0n) continue;
    const wallet = byId.get(walletId);
    if (!wallet || balanceMinor(wallet) + deltaMinor < 0n) return [];
  }
  return deltas;
}

/** The wallet pages as they will be once `deltaMinor` lands on one wallet; exact, in minor units. */
export function applyBalanceDelta(pages: WalletPages, walletId: string, deltaMinor: bigint): WalletPages {
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      data: page.data.map((wallet) =>
        wallet.id === walletId
          ? {
              ...wallet,
              balance: addMinor(wallet.balance, deltaMinor, wallet.currency),
              availableBalance: addMinor(wallet.availableBalance, deltaMinor, wallet.currency),
            }
          : wallet,
      ),
    })),
  };
}

export interface BalanceSnapshot {
  previous: WalletPages | undefined;
}

/**
 * The optimistic half of a money movement (the TanStack way): stop refetches that would overwrite it,
 * keep a snapshot, and move the balances on screen now, when the known balances cover the movement.
 */
export async function moveBalancesNow(
  queryClient: QueryClient,
  deltas: BalanceDelta[],
): Promise<BalanceSnapshot> {
  await queryClient.cancelQueries({ queryKey: queryKeys.walletList() });
  const previous = queryClient.getQueryData<WalletPages>(queryKeys.walletList());
  if (!previous) return { previous };
  const shown = coveredDeltas(walletsOf(previous), deltas);
  queryClient.setQueryData<WalletPages>(queryKeys.walletList(), (pages) =>
    pages
      ? shown.reduce((acc, { walletId, deltaMinor }) => applyBalanceDelta(acc, walletId, deltaMinor), pages)
      : pages,
  );
  return { previous };
}

/**
 * The server said no: put the snapshot back. Not while another action is in flight, since the snapshot
 * would undo that one too; then the refetch on settle restores the truth instead.
 */
export function rollBackBalances(queryClient: QueryClient, snapshot: BalanceSnapshot | undefined): void {
  if (snapshot?.previous && queryClient.isMutating() <= 1) {
    queryClient.setQueryData(queryKeys.walletList(), snapshot.previous);
  }
}
