import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';

export interface RefundVariables {
  /** The TRANSFER_IN entry being sent back, and the wallet it is on. */
  transactionId: string;
  walletId: string;
  /** Absent: all that is left. */
  amount?: string;
  description?: string;
  idempotencyKey: string;
}

/** POST /transactions/:id/refund: received money, or part of it, sent back where it came from. */
export function refundTransaction({ transactionId, amount, description, idempotencyKey }: RefundVariables) {
  return apiRequest<TransferResult>(`/transactions/${transactionId}/refund`, {
    method: 'POST',
    body: { amount, description },
    idempotencyKey,
  });
}

/** Sends received money back; the wallets, this wallet's history and the original are refetched once it settles. */
export function useRefund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refundTransaction,
    meta: {
      action: 'The refund',
      successMessage: (data) => {
        const out = (data as TransferResult).transactions[0];
        return out ? `Refunded ${formatMoney(out.amount, out.currency)}` : 'Refunded';
      },
    },
    onSettled: (_data, _error, { walletId, transactionId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.walletList() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.walletTransactions(walletId) }),
        // The original's detail view shows how much is refunded.
        queryClient.invalidateQueries({ queryKey: queryKeys.transaction(transactionId) }),
      ]),
  });
}
