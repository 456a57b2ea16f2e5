import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';

export type ReviewItem = components['schemas']['ReviewItem'];
type ReviewPage = components['schemas']['ReviewPage'];
export type ReviewStatus = 'PENDING' | 'RELEASED' | 'REJECTED';

export const reviewsKey = ['ops', 'reviews'] as const;

/** GET /ops/reviews: held transfers of a status, oldest first (staff). */
export function getReviews(status: ReviewStatus, signal?: AbortSignal): Promise<ReviewPage> {
  return apiRequest<ReviewPage>(`/ops/reviews?status=${status}&limit=100`, { signal });
}

export function getReviewsQueryOptions(status: ReviewStatus) {
  return queryOptions({
    queryKey: [...reviewsKey, status] as const,
    queryFn: ({ signal }) => getReviews(status, signal),
  });
}

export function useReviews(status: ReviewStatus) {
  return useQuery(getReviewsQueryOptions(status));
}
