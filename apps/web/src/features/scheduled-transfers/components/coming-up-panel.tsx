import { CalendarClock, Pause, Play, X } from 'lucide-react';
import { useState } from 'react';
import type { WalletPanelProps } from '../../../app/wallet-sections';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/money';
import { type ScheduleChange, useChangeScheduledTransfer } from '../api/change-scheduled-transfer';
import { useScheduledTransfers } from '../api/list-scheduled-transfers';
import { describeRepeat, type ScheduledTransfer } from '../utils/schedule-text';

/**
 * "Coming up": the wallet's scheduled transfers that are still to run (active or paused), next first,
 * each with its repeat and what ran, to pause, resume or cancel. Nothing when there are none.
 */
export function ComingUpPanel({ wallet, wallets }: WalletPanelProps) {
  const { data } = useScheduledTransfers(wallet.id);
  const upcoming = (data?.data ?? [])
    .filter((s) => s.status === 'ACTIVE' || s.status === 'PAUSED')
    .sort((a, b) => (a.nextRunAt ?? '').localeCompare(b.nextRunAt ?? ''));
  if (upcoming.length === 0) return null;
  // The API names the destination (own wallet or the other person's display name); a schedule into this
  // wallet is always from one of the viewer's own wallets.
  const nameOf = (id: string) => wallets.find((w) => w.id === id)?.name ?? `wallet ${id.slice(0, 8)}…`;
  return (
    <Card aria-labelledby={`coming-up-${wallet.id}`}>
      <h2 id={`coming-up-${wallet.id}`} className="flex items-center gap-2 text-base font-semibold">
        <CalendarClock aria-hidden="true" size={18} className="text-indigo-700 dark:text-indigo-300" />
        Coming up
      </h2>
      <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
        {upcoming.map((schedule) => (
          <ScheduleRow
            key={schedule.id}
            schedule={schedule}
            counterparty={
              schedule.sourceWalletId === wallet.id
                ? `To ${schedule.destinationName ?? nameOf(schedule.destinationWalletId)}`
                : `From ${nameOf(schedule.sourceWalletId)}`
            }
          />
        ))}
      </ul>
    </Card>
  );
}

function ScheduleRow({ schedule, counterparty }: { schedule: ScheduledTransfer; counterparty: string }) {
  const change = useChangeScheduledTransfer();
  const [confirming, setConfirming] = useState(false);
  const act = (what: ScheduleChange) => change.mutate({ id: schedule.id, change: what });
  const amount = formatMoney(schedule.amount, schedule.currency);
  const paused = schedule.status === 'PAUSED';
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium">
          {amount} <span className="font-normal text-slate-700 dark:text-slate-300">{counterparty}</span>
          {paused ? (
            <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
              Paused
            </span>
          ) : null}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {paused ? 'Was next' : 'Next'} {schedule.nextRunAt ? formatDateTime(schedule.nextRunAt) : '—'} ·{' '}
          {describeRepeat(schedule, formatDate)}
          {schedule.occurrencesRun > 0 ? ` · ${schedule.occurrencesRun} sent so far` : ''}
        </p>
        {schedule.description ? (
          <p className="truncate text-sm text-slate-600 dark:text-slate-400">{schedule.description}</p>
        ) : null}
      </div>
      {confirming ? (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">{`Cancel ${amount} ${counterparty}?`}</legend>
          <span className="text-sm" aria-hidden="true">
            Cancel it for good?
          </span>
          <Button variant="primary" disabled={change.isPending} onClick={() => act('cancel')}>
            Yes, cancel
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </fieldset>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            disabled={change.isPending}
            onClick={() => act(paused ? 'resume' : 'pause')}
            aria-label={`${paused ? 'Resume' : 'Pause'} ${amount} ${counterparty}`}
          >
            {paused ? <Play aria-hidden="true" size={16} /> : <Pause aria-hidden="true" size={16} />}
            {paused ? 'Resume' : 'Pause'}
          </Button>
          <Button
            variant="ghost"
            disabled={change.isPending}
            onClick={() => setConfirming(true)}
            aria-label={`Cancel ${amount} ${counterparty}`}
          >
            <X aria-hidden="true" size={16} />
            Cancel
          </Button>
        </div>
      )}
    </li>
  );
}
