import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components, TransferResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';
import { moveBalancesNow, rollBackBalances } from '../../../lib/wallet-cache';

/** The 202 answer: a review rule held the transfer; its amount is reserved, nothing moved yet. */
type HeldTransferResult = components['schemas']['HeldTransferResult'];

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
  return apiRequest<TransferResult | HeldTransferResult>('/wallets/transfer', {
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
        if ('transfer' in (data as object)) {
          const { transfer: held } = data as HeldTransferResult;
          return `${formatMoney(held.amount, held.currency)} is held for review: it will be sent once it is approved`;
        }
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
        // A transfer held for review shows in the source's held transfers (under the wallet's key).
        queryClient.invalidateQueries({ queryKey: queryKeys.wallet(sourceWalletId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.walletTransactions(destinationWalletId) }),
      ]),
  });
}
