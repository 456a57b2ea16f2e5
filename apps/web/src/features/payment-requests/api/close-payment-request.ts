import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PaymentRequest } from './get-payment-request';

export interface CloseVariables {
  id: string;
  idempotencyKey: string;
}

/** POST /payment-requests/:id/decline (the payer asked) or /cancel (the requester). */
export function closePaymentRequest(how: 'decline' | 'cancel', { id, idempotencyKey }: CloseVariables) {
  return apiRequest<PaymentRequest>(`/payment-requests/${encodeURIComponent(id)}/${how}`, {
    method: 'POST',
    idempotencyKey,
  });
}

/** Decline a request asked of you, or cancel one you asked; the lists and the request refresh. */
export function useClosePaymentRequest(how: 'decline' | 'cancel') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CloseVariables) => closePaymentRequest(how, variables),
    meta: {
      action: how === 'decline' ? 'Declining' : 'Cancelling',
      successMessage: () => (how === 'decline' ? 'Request declined' : 'Request cancelled'),
    },
    onSuccess: (request) => queryClient.setQueryData(queryKeys.paymentRequest(request.id), request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.paymentRequests }),
  });
}
