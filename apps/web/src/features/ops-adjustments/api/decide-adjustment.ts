import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Adjustment, ApprovedAdjustment } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';
import { opsAdjustmentKeys } from './query-keys';

/** POST /ops/adjustments/:id/approve: the money moves, once (a second approval is 409). */
export function approveAdjustment(id: string): Promise<ApprovedAdjustment> {
  return apiRequest<ApprovedAdjustment>(`/ops/adjustments/${id}/approve`, { method: 'POST' });
}

/** POST /ops/adjustments/:id/reject: an admin's rejection, or its proposer withdrawing it. */
export function rejectAdjustment({ id, reason }: { id: string; reason: string }): Promise<Adjustment> {
  return apiRequest<Adjustment>(`/ops/adjustments/${id}/reject`, { method: 'POST', body: { reason } });
}

export function useApproveAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveAdjustment,
    // Approving is guarded by the adjustment's status: a retry is answered 409 and moves nothing.
    retry: false,
    meta: {
      action: 'Approving the adjustment',
      successMessage: (data) => {
        const { transaction } = data as ApprovedAdjustment;
        return `Approved: ${formatMoney(transaction.amount, transaction.currency)} posted`;
      },
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: opsAdjustmentKeys.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.wallets }),
      ]),
  });
}

export function useRejectAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectAdjustment,
    retry: false,
    meta: { action: 'Rejecting the adjustment', successMessage: () => 'Rejected: nothing moved' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: opsAdjustmentKeys.all }),
  });
}
