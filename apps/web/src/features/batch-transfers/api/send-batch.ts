import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type BatchTransferRequest = components['schemas']['BatchTransferRequest'];
export type BatchTransferResult = components['schemas']['BatchTransferResult'];
export type BatchTransferItem = components['schemas']['BatchTransferItem'];
export type BatchMode = components['schemas']['BatchMode'];

/** POST /transfers/batch: the whole list under the one Idempotency-Key the submission got. */
export function sendBatch({ idempotencyKey, ...body }: BatchTransferRequest & { idempotencyKey: string }) {
  return apiRequest<BatchTransferResult>('/transfers/batch', { method: 'POST', body, idempotencyKey });
}

export function summarize(results: BatchTransferItem[]): string {
  const count = (status: BatchTransferItem['status']) => results.filter((r) => r.status === status).length;
  const parts = [
    `${count('SUCCESS')} sent`,
    count('PENDING_REVIEW') ? `${count('PENDING_REVIEW')} held for review` : '',
    count('FAILED') ? `${count('FAILED')} refused` : '',
  ];
  return `Payments: ${parts.filter(Boolean).join(', ')}`;
}

/**
 * No optimistic balance here (in "each on its own" mode some may be refused): the answer refreshes
 * what the transfer form refreshes, for the source and every destination.
 */
export function useSendBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendBatch,
    meta: {
      action: 'Sending the payments',
      successMessage: (data) => summarize((data as BatchTransferResult).results),
    },
    onSettled: (_data, _error, { transfers }) => {
      const sources = new Set(transfers.map((t) => t.sourceWalletId));
      const destinations = new Set(transfers.map((t) => t.destinationWalletId));
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.walletList() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.accountLimits }),
        ...[...sources].flatMap((id) => [
          queryClient.invalidateQueries({ queryKey: queryKeys.walletTransactions(id) }),
          // A transfer held for review shows in the source's held transfers (under the wallet's key).
          queryClient.invalidateQueries({ queryKey: queryKeys.wallet(id) }),
        ]),
        ...[...destinations].map((id) =>
          queryClient.invalidateQueries({ queryKey: queryKeys.walletTransactions(id) }),
        ),
      ]);
    },
  });
}
