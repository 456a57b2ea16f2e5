import { API_BASE } from '../../../lib/api-client';

/**
 * GET /wallets/:id/statement?format=csv&from=YYYY-MM-DD&to=YYYY-MM-DD: a CSV the API sends as an
 * attachment. The browser itself fetches it (a plain GET form, with the session cookie), so it is
 * streamed to disk however long it is; there is no fetcher or query here, only the address.
 */
export interface StatementRequest {
  format: 'csv';
  /** Whole days in UTC, both included. */
  from: string;
  to: string;
}

/** The most one statement covers. */
export const MAX_STATEMENT_DAYS = 365;

export function getStatementUrl(walletId: string): string {
  return `${API_BASE}/wallets/${walletId}/statement`;
}
