import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { getPaymentRequestQueryOptions } from '../../features/payment-requests/api/get-payment-request';
import { PayRequestPage } from '../../features/payment-requests/components/pay-request-page';
import { useWallets } from '../../features/wallets/api/get-wallets';

export const clientLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (params.requestId) void queryClient.prefetchQuery(getPaymentRequestQueryOptions(params.requestId));
    return null;
  };

/** A payment request's page (its payUrl and QR code lead here); the person's wallets to pay it from. */
export function PayRoute() {
  const { requestId = '' } = useParams();
  const { wallets, hasData } = useWallets();
  return <PayRequestPage key={requestId} requestId={requestId} wallets={hasData ? wallets : undefined} />;
}
