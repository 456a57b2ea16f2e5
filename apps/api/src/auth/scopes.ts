/** What an API key may do: `wallets:read` (GETs), `wallets:write` (create, fund), `transfers:write`, `webhooks:write` (webhook endpoints; adding one needs `wallets:read` too: events carry wallet data). */
export const SCOPES = ['wallets:read', 'wallets:write', 'transfers:write', 'webhooks:write'] as const;
export type Scope = (typeof SCOPES)[number];
