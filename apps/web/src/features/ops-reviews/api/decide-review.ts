import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { type ReviewItem, reviewsKey } from './get-reviews';

export type Decision = { id: string; action: 'release' } | { id: string; action: 'reject'; reason: string };

/** POST /ops/reviews/:id/release or /reject { reason } (finance, admin). */
export function decideReview(decision: Decision): Promise<ReviewItem> {
  const path = `/ops/reviews/${encodeURIComponent(decision.id)}/${decision.action}`;
  return decision.action === 'release'
    ? apiRequest<ReviewItem>(path, { method: 'POST' })
    : apiRequest<ReviewItem>(path, { method: 'POST', body: { reason: decision.reason } });
}

export function useDecideReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideReview,
    meta: {
      action: 'The decision',
      successMessage: (data) => {
        const review = data as ReviewItem;
        const amount = formatMoney(review.amount, review.currency);
        return review.status === 'RELEASED'
          ? `Released: ${amount} sent`
          : `Rejected: ${amount} stays with the payer`;
      },
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewsKey }),
  });
}
