import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type PaymentRequest = components['schemas']['PaymentRequest'];

/** GET /payment-requests/:id: one request, as the signed-in person sees it (a payer sees what paying needs). */
export function getPaymentRequest(id: string, signal?: AbortSignal): Promise<PaymentRequest> {
  return apiRequest<PaymentRequest>(`/payment-requests/${encodeURIComponent(id)}`, { signal });
}

export function getPaymentRequestQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.paymentRequest(id),
    queryFn: ({ signal }) => getPaymentRequest(id, signal),
    // A 404 (not theirs, or no such request) is an answer, not a blip.
    retry: false,
  });
}

/** Kept live by the `payment_request` event (lib/live-events.ts writes it into this query). */
export function usePaymentRequest(id: string) {
  return useQuery(getPaymentRequestQueryOptions(id));
}
