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
  /** A payment request's page: who asks, how much, and Pay or Decline (its payUrl and QR code lead here). */
  pay: { path: '/pay/:requestId', getHref: (requestId: string) => `/pay/${requestId}` },
  apiKeys: { path: '/api-keys', getHref: () => '/api-keys' },
  settings: { path: '/settings', getHref: () => '/settings' },
  /** The operator console (staff only): its home, with the search in the address. */
  ops: {
    path: '/ops',
    getHref: (search?: string) => (search ? `/ops?q=${encodeURIComponent(search)}` : '/ops'),
  },
  opsUser: { path: '/ops/users/:userId', getHref: (userId: string) => `/ops/users/${userId}` },
  opsWallet: { path: '/ops/wallets/:walletId', getHref: (walletId: string) => `/ops/wallets/${walletId}` },
  opsTransaction: {
    path: '/ops/transactions/:transactionId',
    getHref: (transactionId: string) => `/ops/transactions/${transactionId}`,
  },
  /** The audit trail, its filters in the address. */
  opsAudit: {
    path: '/ops/audit',
    getHref: (filter: Record<string, string> = {}) => {
      const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ''));
      return query.size > 0 ? `/ops/audit?${query}` : '/ops/audit';
    },
  },
  /** The API's own documentation, served beside the dashboard (not a route of this app). */
  apiDocs: { getHref: () => '/api/docs' },
} as const;
