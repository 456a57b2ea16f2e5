import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';

type PayResult = components['schemas']['PayPaymentRequestResult'];

export interface PayVariables {
  id: string;
  sourceWalletId: string;
  idempotencyKey: string;
}

/** POST /payment-requests/:id/pay: one transfer from the person's wallet; at most one payment per request. */
export function payPaymentRequest({ id, sourceWalletId, idempotencyKey }: PayVariables) {
  return apiRequest<PayResult>(`/payment-requests/${encodeURIComponent(id)}/pay`, {
    method: 'POST',
    body: { sourceWalletId },
    idempotencyKey,
  });
}

export function usePayPaymentRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: payPaymentRequest,
    meta: {
      action: 'The payment',
      successMessage: (data) => {
        const { paymentRequest: request } = data as PayResult;
        const amount = formatMoney(request.amount, request.currency);
        return request.heldForReview
          ? `${amount} is held for review: the request is paid once it is approved`
          : `Paid ${amount}${request.requester.name ? ` to ${request.requester.name}` : ''}`;
      },
    },
    onSuccess: ({ paymentRequest: request }) =>
      queryClient.setQueryData(queryKeys.paymentRequest(request.id), request),
    onSettled: (_data, _error, { id, sourceWalletId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.paymentRequest(id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.paymentRequests }),
        queryClient.invalidateQueries({ queryKey: queryKeys.walletList() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.wallet(sourceWalletId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.accountLimits }),
      ]),
  });
}
