import type { Wallet } from '@wallet/contract';
import { CircleAlert, CircleCheck, Clock } from 'lucide-react';
import { formatMoneyMinor } from '../../../lib/money';
import type { SentBatch } from '../hooks/use-batch-form';

const STATUS = {
  SUCCESS: { label: 'Sent', icon: CircleCheck, tone: 'text-emerald-700 dark:text-emerald-300' },
  PENDING_REVIEW: { label: 'Held for review', icon: Clock, tone: 'text-amber-800 dark:text-amber-300' },
  FAILED: { label: 'Refused', icon: CircleAlert, tone: 'text-red-700 dark:text-red-300' },
} as const;

/** One row per line sent, in order: Sent, Held for review (sent once approved), or Refused and why. */
export function BatchResults({ sent, source }: { sent: SentBatch; source: Wallet }) {
  return (
    <ol aria-label="What happened to each payment" className="grid gap-2 text-sm">
      {sent.results.map((result) => {
        const line = sent.lines[result.index];
        const status = STATUS[result.status];
        const Icon = status.icon;
        return (
          <li
            key={result.index}
            className="rounded-lg border border-slate-200 px-3 py-2 break-words dark:border-slate-700"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span>
                Line {line?.lineNumber ?? result.index + 1}: {line?.recipient}{' '}
                {line?.amountMinor == null ? null : (
                  <span className="tabular-nums">{formatMoneyMinor(line.amountMinor, source.currency)}</span>
                )}
              </span>
              <span className={`inline-flex items-center gap-1 font-medium ${status.tone}`}>
                <Icon aria-hidden="true" size={16} />
                {status.label}
              </span>
            </div>
            {result.status === 'PENDING_REVIEW' ? (
              <p className="text-slate-600 dark:text-slate-400">It is sent once it is approved.</p>
            ) : null}
            {result.problem ? (
              <p className="text-red-700 dark:text-red-300">{result.problem.detail}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
