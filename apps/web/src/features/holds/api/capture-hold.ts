import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import {
  type CaptureResult,
  changeHoldsNow,
  type HeldCaptureResult,
  refreshAfterHold,
  rollBackHolds,
} from './holds-cache';

export interface CaptureHoldVariables {
  holdId: string;
  walletId: string;
  destinationWalletId: string;
  /** Absent: all of it. */
  amount?: string;
  idempotencyKey: string;
}

/**
 * POST /holds/:id/capture: pay (part of) the hold to a wallet; the rest is released. A capture a review
 * rule matches is held for review instead (202): the hold ends, its amount stays reserved until staff decide.
 */
export function captureHold({ holdId, destinationWalletId, amount, idempotencyKey }: CaptureHoldVariables) {
  return apiRequest<CaptureResult | HeldCaptureResult>(`/holds/${holdId}/capture`, {
    method: 'POST',
    body: { destinationWalletId, amount },
    idempotencyKey,
  });
}

/** The hold leaves the list at once (it is ending either way); it comes back if the server says no. */
export function useCaptureHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: captureHold,
    meta: {
      action: 'The capture',
      successMessage: (data) => {
        const result = data as CaptureResult | HeldCaptureResult;
        if ('transfer' in result) {
          const amount = formatMoney(result.transfer.amount, result.transfer.currency);
          return `${amount} is held for review: it is paid once it is approved`;
        }
        const { hold } = result;
        const paid = formatMoney(hold.capturedAmount, hold.currency);
        const rest = hold.amount - hold.capturedAmount;
        return rest > 0 ? `Paid ${paid}; ${formatMoney(rest, hold.currency)} released` : `Paid ${paid}`;
      },
    },
    onMutate: ({ walletId, holdId }) =>
      changeHoldsNow(queryClient, walletId, 0n, (page) => ({
        ...page,
        data: page.data.filter((h) => h.id !== holdId),
      })),
    onError: (_error, { walletId }, snapshot) => rollBackHolds(queryClient, walletId, snapshot),
    onSettled: (_data, _error, { walletId, destinationWalletId }) =>
      refreshAfterHold(queryClient, [walletId, destinationWalletId]),
  });
}
