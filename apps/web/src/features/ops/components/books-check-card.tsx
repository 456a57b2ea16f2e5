import { CircleAlert, CircleCheck, RefreshCw } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { formatDateTime } from '../../../lib/money';
import { formatRelative } from '../../../lib/relative-time';
import type { StaffRole } from '../../../lib/staff';
import { useCheckBooksNow } from '../api/check-books-now';
import { useBooksCheck } from '../api/get-books-check';
import type { BooksCheckRecord } from '../api/types';
import { muted } from './ops-parts';
import { OpsProblem } from './ops-problem';

/** Whether the books balance, as of the latest check; an admin can run one now. */
export function BooksCheckCard({ role }: { role: StaffRole }) {
  const latest = useBooksCheck();
  const checkNow = useCheckBooksNow();
  return (
    <Card aria-labelledby="books-check-heading" data-testid="books-check">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="books-check-heading" className="text-lg font-semibold">
          The books
        </h2>
        {role === 'admin' ? (
          <Button variant="secondary" disabled={checkNow.isPending} onClick={() => checkNow.mutate()}>
            <RefreshCw aria-hidden="true" size={16} className={checkNow.isPending ? 'animate-spin' : ''} />
            {checkNow.isPending ? 'Checking…' : 'Check now'}
          </Button>
        ) : null}
      </div>
      <div className="mt-2" aria-live="polite">
        {latest.isPending ? (
          <SkeletonBlock label="Loading the latest check" lines={2} />
        ) : latest.isError ? (
          <OpsProblem error={latest.error} />
        ) : latest.data === null ? (
          <p className={muted}>The books have not been checked yet.</p>
        ) : (
          <BooksStatus check={latest.data} />
        )}
      </div>
    </Card>
  );
}

function BooksStatus({ check }: { check: BooksCheckRecord }) {
  const when = (
    <time dateTime={check.finishedAt} title={formatDateTime(check.finishedAt)}>
      {formatRelative(check.finishedAt)}
    </time>
  );
  return (
    <>
      {check.ok ? (
        <p className="flex items-center gap-2 font-medium" data-testid="books-status">
          <CircleCheck aria-hidden="true" size={18} className="text-emerald-700 dark:text-emerald-400" />
          <span>Books balanced, checked {when}</span>
        </p>
      ) : (
        <p
          className="flex items-center gap-2 font-medium text-red-800 dark:text-red-300"
          data-testid="books-status"
        >
          <CircleAlert aria-hidden="true" size={18} />
          <span>
            {check.discrepancies} problem{check.discrepancies === 1 ? '' : 's'} found, checked {when}: run{' '}
            <code>pnpm books:check</code> for the report
          </span>
        </p>
      )}
      <p className={`mt-1 ${muted}`}>
        {check.mode === 'full' ? 'Full' : 'Incremental'} check of {check.walletsChecked} wallet
        {check.walletsChecked === 1 ? '' : 's'} and {check.rowsChecked} ledger row
        {check.rowsChecked === 1 ? '' : 's'}
        {check.digest ? (
          <>
            ; digest <code className="break-all">{check.digest}</code>
          </>
        ) : null}
      </p>
    </>
  );
}
