import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject, redirect } from 'react-router';
import { NotFoundCard } from '../components/not-found-card';
import { getTransactionQueryOptions } from '../features/wallets/api/get-transaction';
import { getWalletsQueryOptions, walletsOf } from '../features/wallets/api/get-wallets';
import { GuestOnly, RequireUser } from './routes/guards';
import { RouteError, Shell, ShellFallback } from './routes/shell';

/**
 * Every view has an address. Loaders start the view's data while the route's code loads; the views
 * read the same queries through their hooks (one getXQueryOptions for both).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Shell />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <ShellFallback />,
      children: [
        {
          element: <GuestOnly />,
          children: [
            { path: 'login', lazy: () => import('./routes/auth').then((m) => ({ Component: m.LoginRoute })) },
            {
              path: 'signup',
              lazy: () => import('./routes/auth').then((m) => ({ Component: m.SignupRoute })),
            },
          ],
        },
        {
          element: <RequireUser />,
          children: [
            {
              lazy: () => import('./routes/wallets').then((m) => ({ Component: m.WalletsLayoutRoute })),
              loader: () => {
                void queryClient.prefetchInfiniteQuery(getWalletsQueryOptions());
                return null;
              },
              children: [
                {
                  index: true,
                  // "/" is the first wallet. Redirecting here, as part of the navigation, means a
                  // click elsewhere meanwhile wins, where a redirect while rendering would override it.
                  loader: async () => {
                    try {
                      const data = await queryClient.ensureInfiniteQueryData(getWalletsQueryOptions());
                      const first = walletsOf(data)[0];
                      if (first) return redirect(`/wallets/${first.id}`);
                    } catch {
                      // Signed out or unreachable: the guard and the view say so.
                    }
                    return null;
                  },
                  lazy: () => import('./routes/wallets').then((m) => ({ Component: m.WalletsHomeRoute })),
                },
                {
                  path: 'wallets/:walletId',
                  lazy: () => import('./routes/wallets').then((m) => ({ Component: m.WalletRoute })),
                },
                {
                  path: 'wallets/:walletId/transactions',
                  lazy: () => import('./routes/wallets').then((m) => ({ Component: m.WalletHistoryRoute })),
                },
                {
                  path: 'transactions/:transactionId',
                  loader: ({ params }) => {
                    if (params.transactionId) {
                      void queryClient.prefetchQuery(getTransactionQueryOptions(params.transactionId));
                    }
                    return null;
                  },
                  lazy: () => import('./routes/transaction').then((m) => ({ Component: m.TransactionRoute })),
                },
              ],
            },
            {
              path: 'api-keys',
              lazy: () => import('./routes/api-keys').then((m) => ({ Component: m.ApiKeysRoute })),
            },
          ],
        },
        { path: '*', element: <NotFoundCard /> },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
