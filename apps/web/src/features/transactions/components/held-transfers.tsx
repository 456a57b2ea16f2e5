import { formatMoney } from '../../../lib/money';
import { useHeldTransfers } from '../api/get-held-transfers';

/**
 * A wallet's transfers held for review, first in its activity (pending before done): each is "Pending review" until staff release
 * it (it then shows as a transfer in the history) or reject it (a declined entry). Nothing while none.
 */
export function HeldTransfers({ walletId }: { walletId: string }) {
  const held = useHeldTransfers(walletId);
  const rows = held.data?.data ?? [];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="held-heading" className="grid gap-2" data-testid="held-transfers">
      <h3
        id="held-heading"
        className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        Pending · held for review
      </h3>
      <ul className="grid gap-2">
        {rows.map((transfer) => (
          <li
            key={transfer.id}
            className="flex items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950"
          >
            <span className="min-w-0">
              <span className="block truncate">{transfer.description ?? 'Transfer'}</span>
              <span className="block text-xs font-medium text-amber-900 dark:text-amber-200">
                Pending review
              </span>
            </span>
            <span className="whitespace-nowrap font-semibold tabular-nums">
              <span className="sr-only">Out, pending: </span>−
              {formatMoney(transfer.amount, transfer.currency)}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        This money is set aside and cannot be spent until the transfer is reviewed.
      </p>
    </section>
  );
}
