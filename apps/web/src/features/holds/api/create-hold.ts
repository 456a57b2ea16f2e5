import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { changeHoldsNow, type Hold, refreshAfterHold, rollBackHolds } from './holds-cache';

export interface CreateHoldVariables {
  walletId: string;
  amount: string;
  amountMinor: bigint;
  /** ISO 8601 with its time zone; absent: until captured or released. */
  expiresAt?: string;
  description?: string;
  idempotencyKey: string;
}

/** POST /wallets/:id/holds: reserve an amount to pay later. */
export function createHold({
  walletId,
  amount,
  expiresAt,
  description,
  idempotencyKey,
}: CreateHoldVariables) {
  return apiRequest<Hold>(`/wallets/${walletId}/holds`, {
    method: 'POST',
    body: { amount, expiresAt, description },
    idempotencyKey,
  });
}

/** The available balance drops the moment the person submits; it comes back if the server says no. */
export function useCreateHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createHold,
    meta: {
      action: 'The hold',
      successMessage: (data) => {
        const hold = data as Hold;
        return `${formatMoney(hold.amount, hold.currency)} is held`;
      },
    },
    onMutate: ({ walletId, amountMinor }) =>
      changeHoldsNow(queryClient, walletId, -amountMinor, (page) => page),
    onError: (_error, { walletId }, snapshot) => rollBackHolds(queryClient, walletId, snapshot),
    onSettled: (_data, _error, { walletId }) => refreshAfterHold(queryClient, [walletId]),
  });
}
