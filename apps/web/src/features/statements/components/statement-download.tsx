import type { Wallet } from '@wallet/contract';
import { Download } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { getStatementUrl } from '../api/get-statement';
import { useStatementRange } from '../hooks/use-statement-range';

/**
 * "Download statement": a plain GET form, so the browser itself saves the CSV the API sends as an
 * attachment (with the session cookie), streamed to disk however long the statement is.
 */
export function StatementDownload({ wallet }: { wallet: Wallet }) {
  const range = useStatementRange();
  return (
    <form
      method="get"
      action={getStatementUrl(wallet.id)}
      onSubmit={range.check}
      aria-label={`Download a statement of ${wallet.name}`}
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
    >
      <input type="hidden" name="format" value="csv" />
      <TextField
        label="From"
        type="date"
        name="from"
        required
        value={range.from}
        max={range.to}
        onChange={(e) => range.setFrom(e.target.value)}
        error={range.error}
        hint="Days in UTC."
      />
      <TextField
        label="To"
        type="date"
        name="to"
        required
        value={range.to}
        min={range.from}
        onChange={(e) => range.setTo(e.target.value)}
      />
      <Button type="submit" variant="secondary" className="sm:mt-6">
        <Download aria-hidden="true" size={16} /> Download statement
      </Button>
    </form>
  );
}
