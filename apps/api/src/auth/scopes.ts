/** What an API key may do: `wallets:read` (GETs), `wallets:write` (create, fund), `transfers:write`. */
export const SCOPES = ['wallets:read', 'wallets:write', 'transfers:write'] as const;
export type Scope = (typeof SCOPES)[number];
