import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { getCurrenciesQueryOptions } from '../../features/wallets/api/get-currencies';
import { getWalletsQueryOptions } from '../../features/wallets/api/get-wallets';
import { WalletsHome } from '../../features/wallets/components/wallets-home';
import { WalletsLayout } from '../../features/wallets/components/wallets-layout';
import { paths } from '../../lib/paths';
import { walletsOf } from '../../lib/wallet-cache';

/** The wallet list beside every wallet view: asked for as the route starts, not once it renders. */
export const clientLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchInfiniteQuery(getWalletsQueryOptions());
  void queryClient.prefetchQuery(getCurrenciesQueryOptions());
  return null;
};

export function WalletsLayoutRoute() {
  return <WalletsLayout />;
}

/**
 * "/" is the first wallet. Redirecting in the loader, as part of the navigation, means a click
 * elsewhere meanwhile wins, where a redirect while rendering would override it.
 */
export const homeLoader = (queryClient: QueryClient) => async () => {
  try {
    const data = await queryClient.ensureInfiniteQueryData(getWalletsQueryOptions());
    const first = walletsOf(data)[0];
    if (first) return redirect(paths.wallet.getHref(first.id));
  } catch {
    // Signed out or unreachable: the guard and the view say so.
  }
  return null;
};

export function WalletsHomeRoute() {
  return <WalletsHome />;
}
