import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFoundCard } from '../components/not-found-card';
import { paths } from '../lib/paths';
import { CONSOLE_SECTIONS } from './console-sections';
import { GuestOnly, RequireUser } from './routes/guards';
import { RouteError, ShellFallback } from './routes/route-error';
import { Shell } from './routes/shell';

/**
 * Every view has an address (lib/paths). Each route's code loads when it is first visited, and brings
 * its own loader, which starts the view's data before the view renders; the views read the same queries
 * through their hooks (one getXQueryOptions for both).
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
            {
              path: paths.login.path,
              lazy: () => import('./routes/auth').then((m) => ({ Component: m.LoginRoute })),
            },
            {
              path: paths.signup.path,
              lazy: () => import('./routes/auth').then((m) => ({ Component: m.SignupRoute })),
            },
          ],
        },
        {
          element: <RequireUser />,
          children: [
            {
              lazy: async () => {
                const { WalletsLayoutRoute, clientLoader } = await import('./routes/wallets');
                return { Component: WalletsLayoutRoute, loader: clientLoader(queryClient) };
              },
              children: [
                {
                  index: true,
                  lazy: async () => {
                    const { WalletsHomeRoute, homeLoader } = await import('./routes/wallets');
                    return { Component: WalletsHomeRoute, loader: homeLoader(queryClient) };
                  },
                },
                {
                  path: paths.wallet.path,
                  lazy: async () => {
                    const { WalletRoute, clientLoader } = await import('./routes/wallet');
                    return { Component: WalletRoute, loader: clientLoader(queryClient) };
                  },
                },
                {
                  path: paths.transaction.path,
                  lazy: async () => {
                    const { TransactionRoute, clientLoader } = await import('./routes/transaction');
                    return { Component: TransactionRoute, loader: clientLoader(queryClient) };
                  },
                },
              ],
            },
            {
              path: paths.pay.path,
              lazy: async () => {
                const { PayRoute, clientLoader } = await import('./routes/pay');
                return { Component: PayRoute, loader: clientLoader(queryClient) };
              },
            },
            {
              path: paths.settings.path,
              lazy: async () => {
                const { SettingsRoute, clientLoader } = await import('./routes/settings');
                return { Component: SettingsRoute, loader: clientLoader(queryClient) };
              },
            },
            {
              path: paths.apiKeys.path,
              lazy: async () => {
                const { ApiKeysRoute, clientLoader } = await import('./routes/api-keys');
                return { Component: ApiKeysRoute, loader: clientLoader(queryClient) };
              },
            },
            opsRoutes(queryClient),
          ],
        },
        { path: '*', element: <NotFoundCard /> },
      ],
    },
  ];
}

/**
 * The operator console: staff only (its layout shows everyone else the not-found card). Its own views,
 * then every section of console-sections.tsx.
 */
function opsRoutes(queryClient: QueryClient): RouteObject {
  return {
    path: paths.ops.path,
    lazy: async () => {
      const { OpsLayoutRoute } = await import('./routes/ops');
      return { Component: OpsLayoutRoute };
    },
    children: [
      {
        index: true,
        lazy: async () => {
          const { OpsHomeRoute, homeLoader } = await import('./routes/ops');
          return { Component: OpsHomeRoute, loader: homeLoader(queryClient) };
        },
      },
      {
        path: paths.opsUser.path,
        lazy: async () => {
          const { OpsUserRoute, userLoader } = await import('./routes/ops');
          return { Component: OpsUserRoute, loader: userLoader(queryClient) };
        },
      },
      {
        path: paths.opsWallet.path,
        lazy: async () => {
          const { OpsWalletRoute, walletLoader } = await import('./routes/ops');
          return { Component: OpsWalletRoute, loader: walletLoader(queryClient) };
        },
      },
      {
        path: paths.opsTransaction.path,
        lazy: async () => {
          const { OpsTransactionRoute, transactionLoader } = await import('./routes/ops');
          return { Component: OpsTransactionRoute, loader: transactionLoader(queryClient) };
        },
      },
      ...CONSOLE_SECTIONS.map((section) => ({ path: section.path, lazy: () => section.load(queryClient) })),
    ],
  };
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
