import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PaymentRequest } from './get-payment-request';

export interface CreatePaymentRequestVariables {
  walletId: string;
  amount: string;
  description?: string;
  expiresAt?: string;
  payerWalletId?: string;
  idempotencyKey: string;
}

/** POST /payment-requests: ask for an amount into one of the person's wallets. */
export function createPaymentRequest({ idempotencyKey, ...body }: CreatePaymentRequestVariables) {
  return apiRequest<PaymentRequest>('/payment-requests', { method: 'POST', body, idempotencyKey });
}

export function useCreatePaymentRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPaymentRequest,
    meta: { action: 'The request', successMessage: () => 'Request ready: share the link or the QR code' },
    onSuccess: (request) => queryClient.setQueryData(queryKeys.paymentRequest(request.id), request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.paymentRequests }),
  });
}
