import { Link2 } from 'lucide-react';
import type { WalletPanelProps } from '../../../app/wallet-sections';
import { copyToClipboard } from '../../../components/copy-button';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { useIdempotentAction } from '../../../lib/idempotency';
import { useClosePaymentRequest } from '../api/close-payment-request';
import type { PaymentRequest } from '../api/get-payment-request';
import { useOpenPaymentRequests } from '../api/get-payment-requests';
import { usePayPaymentRequest } from '../api/pay-payment-request';
import { RequestRow } from './request-row';
import { linkOf } from './request-share';

/**
 * The wallet page's Requests card: requests asking this wallet to pay (Pay from it, or Decline: one tap
 * each) and this wallet's own open requests (copy the link, Cancel). Live: the `payment_request` event
 * refreshes both lists. Nothing when there are none.
 */
export function RequestsPanel({ wallet }: WalletPanelProps) {
  const toPay = (useOpenPaymentRequests('payer').data?.data ?? []).filter(
    (r) => r.payerWalletId === wallet.id,
  );
  const mine = (useOpenPaymentRequests('requester').data?.data ?? []).filter((r) => r.walletId === wallet.id);
  if (toPay.length === 0 && mine.length === 0) return null;
  return (
    <Card aria-labelledby="requests-heading" data-testid="requests-panel">
      <h2 id="requests-heading" className="text-lg font-semibold">
        Requests
      </h2>
      {toPay.length > 0 && (
        <section aria-label="Requests to pay" className="mt-3 grid gap-2">
          <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">To pay</h3>
          <ul className="grid gap-2">
            {toPay.map((request) => (
              <ToPay key={request.id} request={request} walletId={wallet.id} />
            ))}
          </ul>
        </section>
      )}
      {mine.length > 0 && (
        <section aria-label="Your open requests" className="mt-3 grid gap-2">
          <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">You asked</h3>
          <ul className="grid gap-2">
            {mine.map((request) => (
              <Asked key={request.id} request={request} />
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}

function ToPay({ request, walletId }: { request: PaymentRequest; walletId: string }) {
  const pay = usePayPaymentRequest();
  const decline = useClosePaymentRequest('decline');
  const payKey = useIdempotentAction();
  const declineKey = useIdempotentAction();
  const busy = pay.isPending || decline.isPending;
  const who = request.requester.name ?? 'Someone';
  return (
    <RequestRow request={request} who={`${who} asks`}>
      {!request.heldForReview && (
        <>
          <Button
            disabled={busy}
            aria-label={`Pay ${who}`}
            onClick={() => {
              const action = { pay: request.id, sourceWalletId: walletId };
              pay.mutate(
                { id: request.id, sourceWalletId: walletId, idempotencyKey: payKey.keyFor(action) },
                payKey.settleOn(),
              );
            }}
          >
            Pay
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            aria-label={`Decline ${who}'s request`}
            onClick={() =>
              decline.mutate(
                { id: request.id, idempotencyKey: declineKey.keyFor({ decline: request.id }) },
                declineKey.settleOn(),
              )
            }
          >
            Decline
          </Button>
        </>
      )}
    </RequestRow>
  );
}

function Asked({ request }: { request: PaymentRequest }) {
  const cancel = useClosePaymentRequest('cancel');
  const { keyFor, settleOn } = useIdempotentAction();
  return (
    <RequestRow request={request} who={request.payerWalletId ? 'Asked of a wallet' : 'By link'}>
      <Button
        variant="ghost"
        aria-label="Copy the request's link"
        onClick={() => copyToClipboard(linkOf(request))}
      >
        <Link2 aria-hidden="true" size={16} />
      </Button>
      {!request.heldForReview && (
        <Button
          variant="secondary"
          disabled={cancel.isPending}
          onClick={() =>
            cancel.mutate({ id: request.id, idempotencyKey: keyFor({ cancel: request.id }) }, settleOn())
          }
        >
          Cancel
        </Button>
      )}
    </RequestRow>
  );
}
