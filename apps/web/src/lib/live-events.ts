import { type InfiniteData, type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { components, Transaction, Wallet, WalletPage } from '@wallet/contract';
import { useEffect } from 'react';
import { toast } from 'sonner';
import { API_BASE } from './api-client';
import { currentMode } from './mode';
import { formatMoney } from './money';
import { queryKeys } from './query-keys';

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
      const received = new ReceivedMoney();
      source.addEventListener('transaction', (message) => {
        const transaction = parse<Transaction>(message.data);
        if (transaction) received.noteTransaction(message.lastEventId, transaction);
      });
      // The entry's wallet, as the entry left it: it always follows the entry's transaction event.
      source.addEventListener('balance', (message) => {
        const wallet = parse<Wallet>(message.data);
        if (!wallet) return;
        refresh(queryClient, wallet.id);
        // Money received in the other mode (live or test) is not news in this one.
        if ((wallet.mode === 'test') !== (currentMode() === 'test')) return;
        received.noteBalance(message.lastEventId, wallet);
      });
      // A transfer of the person's was held for review or decided: its wallet's available balance and
      // held transfers changed (a decision's ledger entries come as transaction events as well).
      source.addEventListener('review', (message) => {
        const review = parse<{ wallet: Wallet }>(message.data);
        if (review) refresh(queryClient, review.wallet.id);
      });
      // A payment request the person asked, or that asks them (or that they paid), was made or changed.
      source.addEventListener('payment_request', (message) => {
        const request = parse<PaymentRequest>(message.data);
        if (request) notePaymentRequest(queryClient, request);
      });
      // A hold was made, paid, released or expired: its wallet's available balance and holds changed.
      source.addEventListener('hold', (message) => {
        const hold = parse<{ wallet: Wallet }>(message.data);
        if (hold) refresh(queryClient, hold.wallet.id);
      });
      // An occurrence of a scheduled transfer ran, was declined or held, or the series ended: the
      // schedules' lists change (its ledger entries come as transaction events as well). A declined one
      // is said, since nobody was there to see it.
      source.addEventListener('scheduled_transfer', (message) => {
        const notice = parse<ScheduleNotice>(message.data);
        if (!notice) return;
        void queryClient.invalidateQueries({ queryKey: queryKeys.allScheduledTransfers });
        if (notice.type === 'scheduled_transfer.failed' && ofShownMode(notice)) scheduleDeclined(notice);
      });
      // A movement crossed one of the person's balance alerts.
      source.addEventListener('alert', (message) => {
        const alert = parse<AlertNotice>(message.data);
        if (alert && ofShownMode(alert)) alertCrossed(alert);
      });
      source.addEventListener('open', () => {
        delayMs = RETRY_MIN_MS;
        // A new stream replays nothing: what committed after the page loaded its data and before the
        // stream opened (or during a gap) would be missed, so the wallets are read again.
        void queryClient.invalidateQueries({ queryKey: queryKeys.wallets });
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

/** Whether a notice is of the mode the dashboard shows (live or test); one that says none is live. */
function ofShownMode(notice: { livemode?: boolean }): boolean {
  return (notice.livemode === false) === (currentMode() === 'test');
}

interface ScheduleNotice {
  type: string;
  /** The source wallet's mode (live: true). */
  livemode?: boolean;
  scheduledTransfer: { id: string; amount: number; currency: string };
  occurrence: { failureCode: string | null } | null;
}

interface AlertNotice {
  type: 'balance.below' | 'balance.above';
  /** The wallet's mode (live: true). */
  livemode?: boolean;
  walletId: string;
  threshold: number;
  balance: number;
  currency: string;
  transactionId: string;
}

const DECLINE_WORDS: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'there was not enough money in the wallet',
  WALLET_FROZEN: 'the wallet is frozen',
  LIMIT_EXCEEDED: 'it would pass your sending limit',
  CURRENCY_MISMATCH: 'the other wallet holds another currency',
  BALANCE_LIMIT_EXCEEDED: 'the other wallet would pass its balance limit',
  WALLET_NOT_FOUND: 'the other wallet no longer takes payments',
};

function scheduleDeclined({ scheduledTransfer, occurrence }: ScheduleNotice): void {
  const amount = formatMoney(scheduledTransfer.amount, scheduledTransfer.currency);
  const why = DECLINE_WORDS[occurrence?.failureCode ?? ''] ?? 'it was declined';
  toast.error(`A scheduled transfer of ${amount} was not sent`, {
    id: `schedule-declined-${scheduledTransfer.id}`,
    description: `Because ${why}. The next one is still scheduled.`,
  });
}

function alertCrossed(alert: AlertNotice): void {
  const threshold = formatMoney(alert.threshold, alert.currency);
  const balance = formatMoney(alert.balance, alert.currency);
  const title = alert.type === 'balance.below' ? `Balance below ${threshold}` : `Balance above ${threshold}`;
  toast.info(title, {
    id: `alert-${alert.transactionId}-${alert.type}`,
    description: `It is now ${balance}.`,
  });
}

function parse<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

type PaymentRequest = components['schemas']['PaymentRequest'];

/**
 * The request's page and lists show it as it is now. A new request asking the person, and their own
 * request paid or declined by the other side, get a toast (what the person did themselves was confirmed
 * where they did it).
 */
function notePaymentRequest(
  queryClient: QueryClient,
  { livemode, ...request }: PaymentRequest & { livemode?: boolean },
): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.paymentRequests });
  // One of the other mode (live or test) is not there in this one: neither shown nor said.
  if (!ofShownMode({ livemode })) return;
  queryClient.setQueryData(queryKeys.paymentRequest(request.id), request);
  const mine = queryClient
    .getQueriesData<InfiniteData<WalletPage>>({ queryKey: queryKeys.walletList() })
    .some(([, data]) => data?.pages.some((page) => page.data.some((w) => w.id === request.walletId)));
  const amount = formatMoney(request.amount, request.currency);
  const who = request.requester.name ?? 'Someone';
  if (!mine && request.status === 'OPEN' && request.createdAt === request.updatedAt) {
    toast.info(`${who} asks you for ${amount}`, {
      id: `request-${request.id}`,
      description: request.description ?? 'Open Requests on your wallet to pay or decline it.',
    });
  } else if (mine && (request.status === 'PAID' || request.status === 'DECLINED')) {
    const by = request.paidBy?.name ?? 'The payer';
    toast.success(
      request.status === 'PAID'
        ? `${by} paid your request for ${amount}`
        : `Your request for ${amount} was declined`,
      {
        id: `request-${request.id}-${request.status}`,
      },
    );
  }
}

function refresh(queryClient: QueryClient, walletId: string): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.walletList() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.wallet(walletId) });
}

/**
 * Money from another user's wallet (the API shows no source for it) gets a toast; moves between one's
 * own wallets and funding are the user's own doing, already confirmed where they did it. The stream
 * sends each entry as a `transaction` event and then a `balance` event with the same id: the toast waits
 * for the second, to name the wallet and its new balance.
 */
class ReceivedMoney {
  private pending: { id: string; transaction: Transaction } | null = null;

  noteTransaction(id: string, transaction: Transaction): void {
    const fromSomeoneElse =
      transaction.type === 'TRANSFER_IN' && transaction.status === 'SUCCESS' && !transaction.sourceWalletId;
    this.pending = fromSomeoneElse ? { id, transaction } : null;
  }

  noteBalance(id: string, wallet: Wallet): void {
    const pending = this.pending;
    this.pending = null;
    if (pending?.id !== id) return;
    const { transaction } = pending;
    const amount = formatMoney(transaction.amount, transaction.currency);
    const title = transaction.refundOf ? `${amount} refunded to you` : `Received ${amount} from another user`;
    toast.success(title, {
      id: `received-${transaction.id}`,
      description: `Into ${wallet.name}; balance ${formatMoney(wallet.balance, wallet.currency)}`,
    });
  }
}
