import type { Wallet } from '@wallet/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SelectField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { ApiError } from '../../../lib/api-client';
import { useIdempotentAction } from '../../../lib/idempotency';
import { useMode } from '../../../lib/mode';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { paths } from '../../../lib/paths';
import { useClosePaymentRequest } from '../api/close-payment-request';
import { type PaymentRequest, usePaymentRequest } from '../api/get-payment-request';
import { usePayPaymentRequest } from '../api/pay-payment-request';

const STATUS_TEXT: Record<PaymentRequest['status'], string> = {
  OPEN: 'Waiting for payment',
  PAID: 'Paid',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled by the requester',
  EXPIRED: 'Expired',
};

const STATUS_STYLE: Record<PaymentRequest['status'], string> = {
  OPEN: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200',
  PAID: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  DECLINED: 'bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
  CANCELLED: 'bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
  EXPIRED: 'bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
};

/**
 * /pay/:requestId, where a payment link and its QR code lead: who asks (by the name they chose), how
 * much, for what, until when, and its status, live; a wallet of the same currency to pay from, then Pay
 * (one tap, one Idempotency-Key per attempt) or, when it asks one of your wallets, Decline. Signed-out
 * visitors sign in first and come back here (the router's RequireUser).
 */
export function PayRequestPage({ requestId, wallets }: { requestId: string; wallets: Wallet[] | undefined }) {
  const request = usePaymentRequest(requestId);
  const mode = useMode();
  if (request.isPending || !wallets) return <SkeletonBlock label="Loading the request" />;
  if (request.isError) {
    const missing = request.error instanceof ApiError && request.error.status === 404;
    return (
      <Card role="alert">
        <p className="font-medium">
          {missing ? 'This request does not exist, or is not for you.' : 'The request could not be loaded.'}
        </p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {missing
            ? // A request of the other mode (live or test) is not there in this one.
              mode === 'test'
              ? 'You are in test mode: switch to live mode to pay a live request, or check the link with the person who sent it.'
              : 'Check the link with the person who sent it.'
            : request.error.message}
        </p>
        <Link
          to={paths.home.getHref()}
          className="mt-3 inline-block text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
        >
          Back to your wallets
        </Link>
      </Card>
    );
  }
  return <RequestCard request={request.data} wallets={wallets} />;
}

function RequestCard({ request, wallets }: { request: PaymentRequest; wallets: Wallet[] }) {
  const own = wallets.some((w) => w.id === request.walletId);
  const who = request.requester.name ?? 'Someone';
  return (
    <Card
      aria-labelledby="request-heading"
      className="mx-auto grid w-full max-w-md gap-4"
      data-testid="pay-request"
    >
      <div className="grid gap-1">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {own ? 'Your request' : `${who} asks you for`}
        </p>
        <h1 id="request-heading" className="text-3xl font-semibold tabular-nums">
          {formatMoney(request.amount, request.currency)}
        </h1>
        {request.description && <p className="text-slate-800 dark:text-slate-200">{request.description}</p>}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Status</dt>
        <dd>
          <span
            role="status"
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[request.status]}`}
          >
            {request.heldForReview ? 'Payment held for review' : STATUS_TEXT[request.status]}
          </span>
        </dd>
        {request.expiresAt && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">
              {request.status === 'EXPIRED' ? 'Expired' : 'Expires'}
            </dt>
            <dd>{formatDateTime(request.expiresAt)}</dd>
          </>
        )}
        {request.paidBy && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Paid by</dt>
            <dd>{request.paidBy.name ?? 'Someone'}</dd>
          </>
        )}
      </dl>
      {request.status === 'OPEN' &&
        !request.heldForReview &&
        (own ? <OwnRequest request={request} /> : <PayForm request={request} wallets={wallets} />)}
    </Card>
  );
}

function PayForm({ request, wallets }: { request: PaymentRequest; wallets: Wallet[] }) {
  const usable = wallets.filter((w) => w.currency === request.currency && w.id !== request.walletId);
  const preferred = usable.find((w) => w.id === request.payerWalletId) ?? usable[0];
  // The wallets may arrive after the request: until one is picked, the one asked (or the first) is.
  const [picked, setSource] = useState<string | null>(null);
  const sourceWalletId = usable.find((w) => w.id === picked)?.id ?? preferred?.id ?? '';
  const pay = usePayPaymentRequest();
  const decline = useClosePaymentRequest('decline');
  const payKey = useIdempotentAction();
  const declineKey = useIdempotentAction();
  const busy = pay.isPending || decline.isPending;
  if (usable.length === 0) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        You have no {request.currency} wallet to pay from.{' '}
        <Link
          to={paths.home.getHref()}
          className="font-medium text-indigo-700 underline dark:text-indigo-300"
        >
          Make one
        </Link>
        , then come back to this link.
      </p>
    );
  }
  return (
    <div className="grid gap-3">
      <SelectField label="Pay from" value={sourceWalletId} onChange={(e) => setSource(e.target.value)}>
        {usable.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} · {formatMoney(w.availableBalance, w.currency)} available
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-2">
        <Button
          className="flex-1"
          disabled={busy}
          onClick={() => {
            const action = { pay: request.id, sourceWalletId };
            pay.mutate(
              { id: request.id, sourceWalletId, idempotencyKey: payKey.keyFor(action) },
              payKey.settleOn(),
            );
          }}
        >
          {pay.isPending ? 'Paying…' : `Pay ${formatMoney(request.amount, request.currency)}`}
        </Button>
        {request.payerWalletId && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              decline.mutate(
                { id: request.id, idempotencyKey: declineKey.keyFor({ decline: request.id }) },
                declineKey.settleOn(),
              )
            }
          >
            Decline
          </Button>
        )}
      </div>
    </div>
  );
}

function OwnRequest({ request }: { request: PaymentRequest }) {
  const cancel = useClosePaymentRequest('cancel');
  const { keyFor, settleOn } = useIdempotentAction();
  return (
    <div className="grid gap-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Share this page's link; it updates here once it is paid.
      </p>
      <Button
        variant="secondary"
        disabled={cancel.isPending}
        onClick={() =>
          cancel.mutate({ id: request.id, idempotencyKey: keyFor({ cancel: request.id }) }, settleOn())
        }
      >
        Cancel request
      </Button>
    </div>
  );
}
