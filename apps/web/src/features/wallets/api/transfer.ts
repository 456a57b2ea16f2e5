import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { moveBalancesNow, rollBackBalances } from './optimistic';
import { walletKeys } from './query-keys';

export interface TransferVariables {
  sourceWalletId: string;
  destinationWalletId: string;
  amount: string;
  amountMinor: bigint;
  idempotencyKey: string;
  description?: string;
  reference?: string;
}

export function transfer({
  sourceWalletId,
  destinationWalletId,
  amount,
  idempotencyKey,
  description,
  reference,
}: TransferVariables) {
  return apiRequest<TransferResult>('/wallets/transfer', {
    method: 'POST',
    body: { sourceWalletId, destinationWalletId, amount, description, reference },
    idempotencyKey,
  });
}

/** Both balances move at once on submit; both snap back if the transfer is declined. */
export function useTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transfer,
    meta: {
      action: 'The transfer',
      successMessage: (data) => {
        const { transactions, destinationWallet } = data as TransferResult;
        const out = transactions[0];
        return out
          ? `Sent ${formatMoney(out.amount, out.currency)} to ${'name' in destinationWallet ? destinationWallet.name : 'the other wallet'}`
          : 'Transfer done';
      },
    },
    onMutate: ({ sourceWalletId, destinationWalletId, amountMinor }) =>
      moveBalancesNow(queryClient, [
        { walletId: sourceWalletId, deltaMinor: -amountMinor },
        { walletId: destinationWalletId, deltaMinor: amountMinor },
      ]),
    onError: (_error, _variables, snapshot) => rollBackBalances(queryClient, snapshot),
    onSettled: (_data, _error, { sourceWalletId, destinationWalletId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: walletKeys.list() }),
        queryClient.invalidateQueries({ queryKey: walletKeys.walletTransactions(sourceWalletId) }),
        queryClient.invalidateQueries({ queryKey: walletKeys.walletTransactions(destinationWalletId) }),
      ]),
  });
}
