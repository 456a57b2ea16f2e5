import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Adjustment, ProposeAdjustmentRequest } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { opsAdjustmentKeys } from './query-keys';

export interface ProposeVariables {
  request: ProposeAdjustmentRequest;
  idempotencyKey: string;
}

/** POST /ops/adjustments: a proposal; nothing moves until another admin approves it. */
export function proposeAdjustment({ request, idempotencyKey }: ProposeVariables): Promise<Adjustment> {
  return apiRequest<Adjustment>('/ops/adjustments', { method: 'POST', body: request, idempotencyKey });
}

export function useProposeAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeAdjustment,
    meta: {
      action: 'Proposing the adjustment',
      successMessage: (data) => {
        const a = data as Adjustment;
        return `Proposed: ${a.direction === 'CREDIT' ? 'credit' : 'debit'} of ${formatMoney(a.amount, a.currency)}, waiting for a second approver`;
      },
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: opsAdjustmentKeys.all }),
  });
}
