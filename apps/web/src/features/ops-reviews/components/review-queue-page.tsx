import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SelectField, TextField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { formatMoney } from '../../../lib/money';
import { useDecideReview } from '../api/decide-review';
import { type ReviewItem, type ReviewStatus, useReviews } from '../api/get-reviews';

const STATUSES: { value: ReviewStatus; label: string }[] = [
  { value: 'PENDING', label: 'Waiting for a decision' },
  { value: 'RELEASED', label: 'Released' },
  { value: 'REJECTED', label: 'Rejected' },
];

/**
 * The operator console's queue of transfers held by the review rules, oldest first: release one (it is
 * sent) or reject it with a reason (nothing moves). Finance and admin decide; support only looks (the
 * API answers them 403).
 */
export function ReviewQueuePage() {
  const [status, setStatus] = useState<ReviewStatus>('PENDING');
  const reviews = useReviews(status);
  const rows = reviews.data?.data ?? [];
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">Held transfers</h1>
      <SelectField label="Show" value={status} onChange={(e) => setStatus(e.target.value as ReviewStatus)}>
        {STATUSES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </SelectField>
      {reviews.isPending ? (
        <SkeletonBlock label="Loading the queue" lines={3} />
      ) : reviews.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The queue could not be loaded. {reviews.error.message}
        </p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Nothing here.</p>
      ) : (
        <ul className="grid gap-3" aria-label="Held transfers">
          {rows.map((review) => (
            <li key={review.id}>
              <ReviewCard review={review} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewCard({ review }: { review: ReviewItem }) {
  const decide = useDecideReview();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const pending = review.status === 'PENDING_REVIEW';
  function reject() {
    if (!reason.trim()) {
      setError('Say why, for the payer’s record and the audit trail');
      return;
    }
    setError(undefined);
    decide.mutate({ id: review.id, action: 'reject', reason: reason.trim() });
  }
  return (
    <Card aria-label={`Transfer ${review.id}`} data-testid="review">
      <p className="text-lg font-semibold tabular-nums">{formatMoney(review.amount, review.currency)}</p>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>Payer</dt>
        <dd>{review.ownerEmail ?? review.ownerId}</dd>
        <dt>From wallet</dt>
        <dd className="font-mono text-xs">{review.sourceWalletId}</dd>
        <dt>To wallet</dt>
        <dd className="font-mono text-xs">{review.destinationWalletId}</dd>
        <dt>Held because</dt>
        <dd>
          {review.reasons.join(', ')} (rules version {review.ruleVersion})
        </dd>
        <dt>Asked for</dt>
        <dd>{new Date(review.createdAt).toLocaleString()}</dd>
        {review.description ? (
          <>
            <dt>Memo</dt>
            <dd>{review.description}</dd>
          </>
        ) : null}
        {!pending ? (
          <>
            <dt>Decision</dt>
            <dd>
              {review.status}
              {review.decisionReason ? `: ${review.decisionReason}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {pending ? (
        <div className="mt-4 grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
          <TextField
            label="Reason to reject"
            value={reason}
            maxLength={500}
            error={error}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button type="button" variant="secondary" disabled={decide.isPending} onClick={reject}>
            Reject
          </Button>
          <Button
            type="button"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: review.id, action: 'release' })}
          >
            Release
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
