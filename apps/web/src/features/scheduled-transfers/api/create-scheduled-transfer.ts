import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';

type ScheduledTransfer = components['schemas']['ScheduledTransfer'];
export type CreateScheduledTransferBody = components['schemas']['CreateScheduledTransferRequest'];

/** POST /scheduled-transfers, with the Idempotency-Key the person's submission got. */
export function createScheduledTransfer({
  idempotencyKey,
  ...body
}: CreateScheduledTransferBody & { idempotencyKey: string }) {
  return apiRequest<ScheduledTransfer>('/scheduled-transfers', { method: 'POST', body, idempotencyKey });
}

export function useCreateScheduledTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createScheduledTransfer,
    meta: {
      action: 'Scheduling the transfer',
      successMessage: (data) => {
        const made = data as ScheduledTransfer;
        return `Scheduled ${formatMoney(made.amount, made.currency)}, first on ${formatDateTime(made.startAt)}`;
      },
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.allScheduledTransfers }),
  });
}
