import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';

type ReviewRuleSetPage = components['schemas']['ReviewRuleSetPage'];
type ReviewRuleSetView = components['schemas']['ReviewRuleSetView'];

/** The rule set as the API shows and takes it: amounts per currency in major units. */
export interface ReviewRules {
  hourly: { maxCount: number | null; maxAmount: Record<string, number | string> };
  daily: { maxCount: number | null; maxAmount: Record<string, number | string> };
  newCounterpartyAbove: Record<string, number | string>;
  singleAmountAbove: Record<string, number | string>;
}

export const reviewRulesKey = ['ops', 'review-rules'] as const;

/** GET /ops/review-rules: the active version and the ones before it (staff). */
export function getReviewRulesQueryOptions() {
  return queryOptions({
    queryKey: reviewRulesKey,
    queryFn: ({ signal }) => apiRequest<ReviewRuleSetPage>('/ops/review-rules', { signal }),
  });
}

export function useReviewRules() {
  return useQuery(getReviewRulesQueryOptions());
}

/** PUT /ops/review-rules: the whole set, saved as a new version (admin). */
export function useSaveReviewRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { rules: ReviewRules; note?: string }) =>
      apiRequest<ReviewRuleSetView>('/ops/review-rules', { method: 'PUT', body: input }),
    meta: {
      action: 'Saving the rules',
      successMessage: (data) => `Rules saved as version ${(data as ReviewRuleSetView).version}`,
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewRulesKey }),
  });
}
