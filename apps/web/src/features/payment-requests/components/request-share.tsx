import { Check } from 'lucide-react';
import { CopyButton } from '../../../components/copy-button';
import { Button } from '../../../components/ui/button';
import { formatDateTime, formatMoney } from '../../../lib/money';
import type { PaymentRequest } from '../api/get-payment-request';
import { RequestQr } from './request-qr';

/** The payment link as the person can open it: the API's payUrl, made absolute when it is a path alone. */
export function linkOf(request: Pick<PaymentRequest, 'payUrl'>): string {
  return request.payUrl.startsWith('/') ? `${window.location.origin}${request.payUrl}` : request.payUrl;
}

/** A request just made: its link to copy and its QR code to show, and who it was asked of. */
export function RequestShare({ request, onDone }: { request: PaymentRequest; onDone: () => void }) {
  const link = linkOf(request);
  return (
    <div className="grid gap-4" data-testid="request-share">
      <p className="flex items-center gap-2 font-medium">
        <Check aria-hidden="true" size={18} className="text-emerald-700 dark:text-emerald-300" />
        You asked for {formatMoney(request.amount, request.currency)}
        {request.description ? ` for “${request.description}”` : ''}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {request.payerWalletId
          ? 'The wallet you asked sees it now. Anyone else needs the link.'
          : 'Anyone signed in with this link or QR code can pay it.'}
        {request.expiresAt ? ` It expires ${formatDateTime(request.expiresAt)}.` : ''}
      </p>
      <div className="flex items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-600">
        <output className="min-w-0 flex-1 truncate font-mono text-sm" aria-label="Payment link">
          {link}
        </output>
        <CopyButton value={link} label="Copy payment link" />
      </div>
      <div className="flex justify-center">
        <RequestQr url={link} />
      </div>
      <Button onClick={onDone}>Done</Button>
    </div>
  );
}
