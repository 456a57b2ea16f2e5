import type { Wallet } from '@wallet/contract';
import { Download } from 'lucide-react';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { getStatementUrl, MAX_STATEMENT_DAYS } from '../api/get-statement';

const DAY_MS = 86_400_000;

/**
 * "Download statement" of the page's period (its days in UTC): a plain GET form, so the browser itself
 * saves the CSV the API sends as an attachment (with the session cookie), streamed to disk however long
 * the statement is. `days` null: the period has no start yet (a custom one being picked).
 */
export function StatementDownload({
  wallet,
  days,
}: {
  wallet: Wallet;
  days: { from: string; to: string } | null;
}) {
  const [error, setError] = useState<string | undefined>();
  function check(event: FormEvent) {
    const problem = !days
      ? 'Pick the period’s start first'
      : days.from > days.to
        ? 'The start must not be after the end'
        : Date.parse(days.to) - Date.parse(days.from) > MAX_STATEMENT_DAYS * DAY_MS
          ? 'A statement covers at most a year'
          : undefined;
    setError(problem);
    if (problem) event.preventDefault();
  }
  return (
    <form
      method="get"
      action={getStatementUrl(wallet.id)}
      onSubmit={check}
      aria-label={`Download a statement of ${wallet.name}`}
      className="flex flex-wrap items-center gap-x-3 gap-y-1"
    >
      <input type="hidden" name="format" value="csv" />
      <input type="hidden" name="from" value={days?.from ?? ''} />
      <input type="hidden" name="to" value={days?.to ?? ''} />
      <Button type="submit" variant="secondary">
        <Download aria-hidden="true" size={16} /> Download statement (CSV)
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : days ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {days.from} to {days.to}, days in UTC
        </p>
      ) : null}
    </form>
  );
}
