import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { walletKeys } from './query-keys';

export interface RefundVariables {
  /** The TRANSFER_IN entry being sent back, and the wallet it is on. */
  transactionId: string;
  walletId: string;
  /** Absent: all that is left. */
  amount?: string;
  description?: string;
  idempotencyKey: string;
}

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
        queryClient.invalidateQueries({ queryKey: walletKeys.list() }),
        queryClient.invalidateQueries({ queryKey: walletKeys.walletTransactions(walletId) }),
        // The original's detail view shows how much is refunded.
        queryClient.invalidateQueries({ queryKey: walletKeys.transaction(transactionId) }),
      ]),
  });
}
