import type { Wallet } from '@wallet/contract';
import { Download } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { API_BASE } from '../../../lib/api-client';

const day = (date: Date) => date.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/**
 * "Download statement": a plain GET form, so the browser itself saves the CSV the API sends as an
 * attachment (with the session cookie), streamed to disk however long the statement is.
 */
export function StatementDownload({ wallet }: { wallet: Wallet }) {
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 30 * DAY_MS)));
  const [to, setTo] = useState(() => day(new Date()));
  const [error, setError] = useState<string | undefined>();

  function check(event: FormEvent) {
    if (from > to) {
      event.preventDefault();
      setError('The start must not be after the end');
    } else if (Date.parse(to) - Date.parse(from) > 365 * DAY_MS) {
      event.preventDefault();
      setError('A statement covers at most a year');
    } else {
      setError(undefined);
    }
  }

  return (
    <form
      method="get"
      action={`${API_BASE}/wallets/${wallet.id}/statement`}
      onSubmit={check}
      aria-label={`Download a statement of ${wallet.name}`}
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
    >
      <input type="hidden" name="format" value="csv" />
      <TextField
        label="From"
        type="date"
        name="from"
        required
        value={from}
        max={to}
        onChange={(e) => setFrom(e.target.value)}
        error={error}
        hint="Days in UTC."
      />
      <TextField
        label="To"
        type="date"
        name="to"
        required
        value={to}
        min={from}
        onChange={(e) => setTo(e.target.value)}
      />
      <Button type="submit" variant="secondary" className="sm:mt-6">
        <Download aria-hidden="true" size={16} /> Download statement
      </Button>
    </form>
  );
}
