import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Tier } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A period's limit as typed (a decimal in major units), or null for no limit. */
export interface LimitsInput {
  daily: string | null;
  monthly: string | null;
}

export interface UpdateTierVariables {
  name: string;
  requestsPerMinute: number;
  /** Every currency the tier limits: one left out is no longer limited. */
  limits: Record<string, LimitsInput>;
}

/** PUT /ops/tiers/:name (admin): replaces the tier's numbers; recorded in the audit trail. */
export function updateTier({ name, requestsPerMinute, limits }: UpdateTierVariables): Promise<Tier> {
  return apiRequest<Tier>(`/ops/tiers/${encodeURIComponent(name)}`, {
    method: 'PUT',
    body: { requestsPerMinute, limits },
  });
}

export function useUpdateTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTier,
    meta: {
      action: 'Saving the tier',
      successMessage: (data) => `The ${(data as Tier).name} tier is saved`,
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.opsTiers }),
  });
}
