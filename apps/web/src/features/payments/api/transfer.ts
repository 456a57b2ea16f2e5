import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';
import { moveBalancesNow, rollBackBalances } from '../../../lib/wallet-cache';

export interface TransferVariables {
  sourceWalletId: string;
  destinationWalletId: string;
  amount: string;
  amountMinor: bigint;
  idempotencyKey: string;
  description?: string;
  reference?: string;
}

/** POST /wallets/transfer: from one of the person's wallets to any wallet of the same currency. */
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
        queryClient.invalidateQueries({ queryKey: queryKeys.walletList() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.accountLimits }),
        queryClient.invalidateQueries({ queryKey: queryKeys.walletTransactions(sourceWalletId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.walletTransactions(destinationWalletId) }),
      ]),
  });
}
