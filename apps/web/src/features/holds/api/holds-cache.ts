import type { QueryClient } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { addMinor } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';
import type { WalletPages } from '../../../lib/wallet-cache';

export type Hold = components['schemas']['Hold'];
export type HoldPage = components['schemas']['HoldPage'];
export type CaptureResult = components['schemas']['CaptureResult'];
/** A capture a review rule held (202): the hold VOIDED, the amount reserved until staff decide. */
export type HeldCaptureResult = components['schemas']['HeldCaptureResult'];

/** A wallet's active holds: under the wallet's key, so whatever refreshes the wallet refreshes them. */
export const activeHoldsKey = (walletId: string) =>
  [...queryKeys.wallet(walletId), 'holds', 'ACTIVE'] as const;

export interface HoldsSnapshot {
  wallets: WalletPages | undefined;
  holds: HoldPage | undefined;
}

/**
 * The optimistic half of a hold's change: the wallet's available balance moves by `availableDeltaMinor`
 * (a hold made takes it, one released gives it back) and `holds` says what the list shows now; the
 * snapshot puts both back if the server says no.
 */
export async function changeHoldsNow(
  queryClient: QueryClient,
  walletId: string,
  availableDeltaMinor: bigint,
  holds: (page: HoldPage) => HoldPage,
): Promise<HoldsSnapshot> {
  await queryClient.cancelQueries({ queryKey: queryKeys.walletList() });
  await queryClient.cancelQueries({ queryKey: activeHoldsKey(walletId) });
  const snapshot = {
    wallets: queryClient.getQueryData<WalletPages>(queryKeys.walletList()),
    holds: queryClient.getQueryData<HoldPage>(activeHoldsKey(walletId)),
  };
  queryClient.setQueryData<WalletPages>(queryKeys.walletList(), (pages) =>
    pages
      ? {
          ...pages,
          pages: pages.pages.map((page) => ({
            ...page,
            data: page.data.map((w) =>
              w.id === walletId
                ? { ...w, availableBalance: addMinor(w.availableBalance, availableDeltaMinor, w.currency) }
                : w,
            ),
          })),
        }
      : pages,
  );
  queryClient.setQueryData<HoldPage>(activeHoldsKey(walletId), (page) => (page ? holds(page) : page));
  return snapshot;
}

export function rollBackHolds(
  queryClient: QueryClient,
  walletId: string,
  snapshot: HoldsSnapshot | undefined,
) {
  if (!snapshot || queryClient.isMutating() > 1) return;
  queryClient.setQueryData(queryKeys.walletList(), snapshot.wallets);
  queryClient.setQueryData(activeHoldsKey(walletId), snapshot.holds);
}

/** After any change of a hold: the wallets (balances, available) and the wallet's holds and history. */
export function refreshAfterHold(queryClient: QueryClient, walletIds: string[]) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.walletList() }),
    ...walletIds.map((id) => queryClient.invalidateQueries({ queryKey: queryKeys.wallet(id) })),
  ]);
}
