import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

type PaymentRequestPage = components['schemas']['PaymentRequestPage'];
export type RequestRole = 'requester' | 'payer';

/** GET /payment-requests?role=&status=OPEN: the person's open requests of one side, newest first (one page). */
export function getOpenPaymentRequests(role: RequestRole, signal?: AbortSignal): Promise<PaymentRequestPage> {
  return apiRequest<PaymentRequestPage>(`/payment-requests?role=${role}&status=OPEN&limit=50`, { signal });
}

export function getOpenPaymentRequestsQueryOptions(role: RequestRole) {
  return queryOptions({
    queryKey: queryKeys.openPaymentRequests(role),
    queryFn: ({ signal }) => getOpenPaymentRequests(role, signal),
  });
}

/** Refreshed by the `payment_request` live event (lib/live-events.ts), and after each action here. */
export function useOpenPaymentRequests(role: RequestRole) {
  return useQuery(getOpenPaymentRequestsQueryOptions(role));
}
