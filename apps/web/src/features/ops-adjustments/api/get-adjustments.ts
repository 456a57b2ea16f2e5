import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Adjustment, AdjustmentPage } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { opsAdjustmentKeys } from './query-keys';

export type AdjustmentStatus = Adjustment['status'];

/** GET /ops/adjustments?status=: newest first, up to 100 (a proposal past its 72 hours reads EXPIRED). */
export function getAdjustments(status: AdjustmentStatus, signal?: AbortSignal): Promise<Adjustment[]> {
  return apiRequest<AdjustmentPage>(`/ops/adjustments?status=${status}&limit=100`, { signal }).then(
    (page) => page.data,
  );
}

/** One definition for the hook and a route loader. */
export function getAdjustmentsQueryOptions(status: AdjustmentStatus) {
  return queryOptions({
    queryKey: opsAdjustmentKeys.list(status),
    queryFn: ({ signal }) => getAdjustments(status, signal),
  });
}

export function useAdjustments(status: AdjustmentStatus) {
  return useQuery(getAdjustmentsQueryOptions(status));
}
