import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FundResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';
import { moveBalancesNow, rollBackBalances } from '../../../lib/wallet-cache';

export interface FundVariables {
  walletId: string;
  /** The amount exactly as typed (a decimal string), and the same in minor units for the screen. */
  amount: string;
  amountMinor: bigint;
  idempotencyKey: string;
  description?: string;
  reference?: string;
}

/** POST /wallets/:id/fund: money in from outside. */
export function fundWallet({
  walletId,
  amount,
  idempotencyKey,
  description,
  reference,
}: FundVariables): Promise<FundResult> {
  return apiRequest<FundResult>(`/wallets/${walletId}/fund`, {
    method: 'POST',
    body: { amount, description, reference },
    idempotencyKey,
  });
}

/**
 * Funding, the TanStack way: the balance changes the moment the person submits, rolls back if the
 * server says no, and the wallet and its history are refetched once it settles.
 */
export function useFundWallet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fundWallet,
    meta: {
      action: 'Funding',
      successMessage: (data) => {
        const { transaction } = data as FundResult;
        return `Added ${formatMoney(transaction.amount, transaction.currency)}`;
      },
    },
    onMutate: ({ walletId, amountMinor }) =>
      moveBalancesNow(queryClient, [{ walletId, deltaMinor: amountMinor }]),
    onError: (_error, _variables, snapshot) => rollBackBalances(queryClient, snapshot),
    onSettled: (_data, _error, { walletId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.walletList() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.walletTransactions(walletId) }),
      ]),
  });
}
