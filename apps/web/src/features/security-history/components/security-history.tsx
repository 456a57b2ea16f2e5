import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { formatDateTime } from '../../../lib/money';
import { type SecurityEvent, useSecurityHistory } from '../api/get-security-history';
import { actionLabel, BY_LABELS } from '../utils/labels';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

/**
 * The person's own security history, newest first, a page at a time: sign-ins (and failed ones with
 * their email), keys, two-factor, and what staff did to their account (staff are not named).
 */
export function SecurityHistory() {
  const history = useSecurityHistory();
  const events = history.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <Card aria-labelledby="security-history-heading" data-testid="security-history">
      <h2 id="security-history-heading" className="text-lg font-semibold">
        Security history
      </h2>
      <p className={`mt-1 ${muted}`}>
        Sign-ins, keys, two-factor changes, and what our staff did to your account. Something you do not
        recognise? Change your password and revoke your keys.
      </p>
      <div className="mt-3">
        {history.isPending ? (
          <SkeletonBlock label="Loading your security history" />
        ) : history.isError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            Your security history could not be loaded. {history.error.message}
          </p>
        ) : events.length === 0 ? (
          <p className={muted}>Nothing recorded yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Security history">
            {events.map((event) => (
              <SecurityEventRow key={event.id} event={event} />
            ))}
          </ul>
        )}
        {history.hasNextPage ? (
          <Button
            className="mt-3"
            variant="secondary"
            onClick={() => history.fetchNextPage()}
            disabled={history.isFetchingNextPage}
          >
            {history.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}

function SecurityEventRow({ event }: { event: SecurityEvent }) {
  return (
    <li
      className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2"
      data-testid="security-event"
    >
      <div className="min-w-0">
        <p className="font-medium">{actionLabel(event.action)}</p>
        <p className={muted}>
          {BY_LABELS[event.by]}
          {event.address ? ` · from ${event.address}` : ''}
        </p>
      </div>
      <time className={muted} dateTime={event.occurredAt}>
        {formatDateTime(event.occurredAt)}
      </time>
    </li>
  );
}
