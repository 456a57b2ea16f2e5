import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { Transaction, Wallet } from '@wallet/contract';
import { useEffect } from 'react';
import { toast } from 'sonner';
import { API_BASE } from './api-client';
import { formatMoney } from './money';

/** The data of one `transaction` event of GET /events. */
interface LedgerEvent {
  transaction: Transaction;
  wallet: Wallet;
}

/** Every wallet query starts with this (the wallets feature's query keys). */
const WALLETS = 'wallets';
/** Backoff when the server refused the stream (429, 503) and the browser will not retry by itself. */
const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 60_000;

/**
 * Keeps the dashboard live while someone is signed in: the API's event stream says when a ledger entry
 * lands on one of their wallets (from this tab, another device, or another user's payment), and the
 * wallet's queries are refreshed at once; money received from someone else gets a toast. EventSource
 * sends the session cookie (same origin) and resumes with Last-Event-ID by itself after a dropped
 * connection; when the server refused the stream outright, a new one is opened after a backoff.
 */
export function useLiveEvents(userId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delayMs = RETRY_MIN_MS;
    const connect = () => {
      source = new EventSource(`${API_BASE}/events`);
      source.addEventListener('transaction', (message) => applyEvent(queryClient, message.data));
      source.addEventListener('open', () => {
        delayMs = RETRY_MIN_MS;
        // A new stream replays nothing: what committed after the page loaded its data and before the
        // stream opened (or during a gap) would be missed, so the wallets are read again.
        void queryClient.invalidateQueries({ queryKey: [WALLETS] });
      });
      source.addEventListener('error', () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(connect, delayMs);
        delayMs = Math.min(delayMs * 2, RETRY_MAX_MS);
      });
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [userId, queryClient]);
}

function applyEvent(queryClient: QueryClient, text: string): void {
  let event: LedgerEvent;
  try {
    event = JSON.parse(text) as LedgerEvent;
  } catch {
    return;
  }
  const { transaction, wallet } = event;
  void queryClient.invalidateQueries({ queryKey: [WALLETS, 'list'] });
  void queryClient.invalidateQueries({ queryKey: [WALLETS, wallet.id] });
  // Money from another user's wallet (the API shows no source for it); moves between one's own wallets
  // and funding are the user's own doing, already confirmed where they did it.
  if (transaction.type === 'TRANSFER_IN' && transaction.status === 'SUCCESS' && !transaction.sourceWalletId) {
    toast.success(`Received ${formatMoney(transaction.amount, transaction.currency)} from another user`, {
      id: `received-${transaction.id}`,
      description: `Into ${wallet.name}; balance ${formatMoney(wallet.balance, wallet.currency)}`,
    });
  }
}
