import type { ReactNode } from 'react';
import { formatDateTime, formatMoney } from '../../../lib/money';
import type { PaymentRequest } from '../api/get-payment-request';

/** One open request: how much, for what, from or to whom, until when; its buttons on the right. */
export function RequestRow({
  request,
  who,
  children,
}: {
  request: PaymentRequest;
  who: string;
  children: ReactNode;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 px-3 py-2 dark:border-slate-700">
      <div className="min-w-0">
        <p className="font-medium tabular-nums">{formatMoney(request.amount, request.currency)}</p>
        <p className="truncate text-sm text-slate-700 dark:text-slate-300">
          {who}
          {request.description ? ` · ${request.description}` : ''}
        </p>
        {request.heldForReview ? (
          <p className="text-xs font-medium text-amber-900 dark:text-amber-200">Payment held for review</p>
        ) : request.expiresAt ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Expires {formatDateTime(request.expiresAt)}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2">{children}</div>
    </li>
  );
}
