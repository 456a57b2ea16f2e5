/**
 * Every address of the dashboard, in one place: the router takes `path`, links and navigation take
 * `getHref(...)`, so a view cannot be linked under an address the router does not know.
 */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    getHref: (next?: string) => (next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  },
  signup: { path: '/signup', getHref: () => '/signup' },
  /** A wallet, and its history open below it (the same view: opening the history keeps the page). */
  wallet: {
    path: '/wallets/:walletId/transactions?',
    getHref: (walletId: string) => `/wallets/${walletId}`,
  },
  walletHistory: {
    path: '/wallets/:walletId/transactions',
    getHref: (walletId: string) => `/wallets/${walletId}/transactions`,
  },
  transaction: {
    path: '/transactions/:transactionId',
    getHref: (transactionId: string) => `/transactions/${transactionId}`,
  },
  apiKeys: { path: '/api-keys', getHref: () => '/api-keys' },
  settings: { path: '/settings', getHref: () => '/settings' },
  /** The API's own documentation, served beside the dashboard (not a route of this app). */
  apiDocs: { getHref: () => '/api/docs' },
} as const;
